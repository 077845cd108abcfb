/**
 * One course → its SCORM packages (1.2 or 2004, chosen by a ScormFlavour): player page and assets,
 * the course media the scoped page uses, the schema files at the root and imsmanifest.xml listing
 * every file. Pure apart from reading the shipped schema files.
 */
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import type { CourseModel } from "../../engine/model/schema.ts";
import { CMI_RULES, type ScormVersion } from "../../engine/tracking/cmi-formats.ts";
import { packagedMedia, withCourseVariants } from "../image-variants.ts";
import { BuildError, type CompiledCourse, type OutputFile, type Target } from "../target.ts";
import { createZip, type FileTree } from "../zip.ts";
import { type ManifestDialect, writeManifest } from "./manifest.ts";
import { manifestIdentifier } from "./manifest-input.ts";
import { type PackagePart, packageParts, type Split } from "./parts.ts";
import type { PlayerProvider } from "./player.ts";

export const LAUNCH_FILE = "index.html";
export const MANIFEST_FILE = "imsmanifest.xml";

export interface ScormFlavour {
  version: ScormVersion;
  manifest: ManifestDialect;
  /** Folder of the schema files shipped at each package's root. */
  schemaDir: URL;
  schemaFiles: readonly string[];
}

const encoder = new TextEncoder();

/** gzip -9 size of what a learner downloads to see the first screen (course media not counted). */
export function firstOpenBytes(page: string, launchAssets: FileTree): number {
  const sizes = [encoder.encode(page), ...launchAssets.values()].map(
    (bytes) => gzipSync(bytes, { level: 9 }).byteLength,
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

async function readSchemas(flavour: ScormFlavour): Promise<Map<string, Uint8Array>> {
  const entries = await Promise.all(
    flavour.schemaFiles.map(
      async (file) => [file, new Uint8Array(await readFile(new URL(file, flavour.schemaDir)))] as const,
    ),
  );
  return new Map(entries);
}

/** Course media the page refers to (the model names media by their course path, quoted in its JSON). */
export function usedMedia(page: string, { model, source }: CompiledCourse): Map<string, Uint8Array> {
  const used = new Map<string, Uint8Array>();
  for (const { path } of model.media) {
    const file = source.media.get(path);
    if (file && page.includes(JSON.stringify(path))) used.set(path, file.bytes);
  }
  return used;
}

export function checkNames(parts: readonly PackagePart[], courseId: string): void {
  const names = new Set<string>();
  for (const part of parts) {
    if (names.has(part.name)) {
      throw new BuildError(
        `Course "${courseId}": two packages would be named ${part.name}.zip; rename the module folder so its id is not "assessment"`,
      );
    }
    names.add(part.name);
  }
}

/**
 * The longest suspend_data a package can produce (the model's worst-case record sizes, computed by
 * the real codec at compile time); a package whose worst case exceeds the version's limit is not
 * built (STANDARDS.md pitfall 1.4.1). A whole-course record is at most the sum of its parts.
 */
export function checkRecordSize(model: CourseModel, part: PackagePart, version: ScormVersion): number {
  const { scope } = part;
  const worst =
    scope.kind === "module"
      ? (model.modules.find((module) => module.id === scope.moduleId)?.recordSize ?? 0)
      : scope.kind === "assessment"
        ? model.assessmentRecordSize
        : model.modules.reduce((sum, module) => sum + module.recordSize, model.assessmentRecordSize);
  const limit = CMI_RULES[version].suspendDataMax;
  if (worst > limit) {
    throw new BuildError(
      `${part.name}.zip (${version}): a learner's saved progress can reach ${worst} characters, more than the ${limit} that SCORM ${version === "scorm12" ? "1.2" : "2004"} suspend_data holds. Split the module, or use fewer interactions or a smaller assessment draw (perModule).`,
    );
  }
  return worst;
}

export async function buildScormPackages(
  compiled: CompiledCourse,
  flavour: ScormFlavour,
  split: Split,
  player: PlayerProvider,
): Promise<OutputFile[]> {
  const course = await withCourseVariants(compiled);
  const { model } = course;
  const parts = packageParts(model, split);
  checkNames(parts, model.id);
  const schemas = await readSchemas(flavour);
  const outputs: OutputFile[] = [];
  for (const part of parts) {
    const {
      page,
      launchAssets,
      laterAssets = new Map(),
    } = await player({
      course: model,
      scope: part.scope,
      title: part.title,
      tracker: flavour.version,
      editions: course.editions,
    });
    const content = new Map<string, Uint8Array>([
      [LAUNCH_FILE, encoder.encode(page)],
      ...launchAssets,
      ...laterAssets,
      ...(await packagedMedia(usedMedia(page, course))),
    ]);
    const manifest = writeManifest(flavour.manifest, {
      identifier: manifestIdentifier(part.name),
      version: model.version,
      title: part.title,
      lang: model.lang,
      licence: model.licence,
      masteryScore: part.masteryScore,
      launch: LAUNCH_FILE,
      contentFiles: [...content.keys()].sort(),
      schemaFiles: [...schemas.keys()].sort(),
    });
    const tree = new Map([...content, ...schemas, [MANIFEST_FILE, encoder.encode(manifest)]]);
    outputs.push({
      path: `${flavour.version}/${part.name}.zip`,
      content: createZip(tree),
      course: model.id,
      module: part.moduleId,
      extra: {
        firstOpenBytes: firstOpenBytes(page, launchAssets),
        suspendData: {
          worst: checkRecordSize(model, part, flavour.version),
          limit: CMI_RULES[flavour.version].suspendDataMax,
        },
      },
    });
  }
  return outputs;
}

/** A SCORM target: single-SCO packages, `<version>/<course>--<module>.zip` (or one per course). */
export function createScormTarget(flavour: ScormFlavour, player: PlayerProvider): Target {
  return {
    name: flavour.version,
    build: (course, options) => buildScormPackages(course, flavour, options?.split ?? "module", player),
  };
}
