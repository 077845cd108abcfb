/**
 * One course → its xAPI or cmi5 packages, cut like the SCORM ones (scorm-shared/parts.ts): the same
 * player pages, assets and media (scorm-shared/package.ts), plus the flavour's structure file at the
 * zip root (tincan.xml or cmi5.xml) instead of imsmanifest.xml.
 */
import type { CourseModel } from "../../engine/model/schema.ts";
import { type ActivityIris, activityIris, iriBaseProblem } from "../../engine/tracking/xapi/activity-iris.ts";
import { packagedMedia, withCourseVariants } from "../image-variants.ts";
import { checkNames, firstOpenBytes, usedMedia } from "../scorm-shared/package.ts";
import { type PackagePart, packageParts, type Split } from "../scorm-shared/parts.ts";
import type { PlayerProvider } from "../scorm-shared/player.ts";
import { BuildError, type CompiledCourse, type OutputFile, type Target } from "../target.ts";
import { createZip } from "../zip.ts";

/** One launchable page of a package: a TinCan activity or a cmi5 AU. */
export interface LaunchPage {
  /** Path of the page inside the zip (`index.html`, or one page per AU). */
  file: string;
  part: PackagePart;
}

export interface XapiFlavour {
  target: "xapi" | "cmi5";
  /** The structure file at the zip root. */
  structureFile: "tincan.xml" | "cmi5.xml";
  /** The launch pages of one package. */
  pages(course: CourseModel, part: PackagePart): LaunchPage[];
  /** The structure file's text. */
  structure(course: CourseModel, part: PackagePart, pages: readonly LaunchPage[], iris: ActivityIris): string;
}

const encoder = new TextEncoder();

/** The course's activity IRIs; a course without a usable base never gets here through the CLI. */
function irisOf(model: CourseModel): ActivityIris {
  const problem = model.iriBase === undefined ? "missing" : iriBaseProblem(model.iriBase);
  if (problem || model.iriBase === undefined)
    throw new BuildError(`Course "${model.id}": course.md \`iriBase\` is ${problem}`);
  return activityIris(model.iriBase, model.id);
}

export async function buildXapiPackages(
  compiled: CompiledCourse,
  flavour: XapiFlavour,
  split: Split,
  player: PlayerProvider,
): Promise<OutputFile[]> {
  const course = await withCourseVariants(compiled);
  const { model } = course;
  const iris = irisOf(model);
  const parts = packageParts(model, split);
  checkNames(parts, model.id);
  const outputs: OutputFile[] = [];
  for (const part of parts) {
    const pages = flavour.pages(model, part);
    const content = new Map<string, Uint8Array>();
    let firstOpen = 0;
    for (const { file, part: shown } of pages) {
      const request = {
        course: model,
        scope: shown.scope,
        title: shown.title,
        tracker: flavour.target,
        packageScope: part.scope,
        file,
        editions: course.editions,
      };
      const { page, launchAssets, laterAssets = new Map() } = await player(request);
      for (const [name, bytes] of [
        [file, encoder.encode(page)] as const,
        ...launchAssets,
        ...laterAssets,
        ...(await packagedMedia(usedMedia(page, course))),
      ])
        content.set(name, bytes);
      // The heaviest launch page is what a learner may download first.
      firstOpen = Math.max(firstOpen, firstOpenBytes(page, launchAssets));
    }
    content.set(flavour.structureFile, encoder.encode(flavour.structure(model, part, pages, iris)));
    outputs.push({
      path: `${flavour.target}/${part.name}.zip`,
      content: createZip(content),
      course: model.id,
      module: part.moduleId,
      extra: { firstOpenBytes: firstOpen },
    });
  }
  return outputs;
}

/** An xAPI-family target: packages like SCORM's (its `iriBase` is checked first: exporters/targets.ts). */
export function createXapiTarget(flavour: XapiFlavour, player: PlayerProvider): Target {
  return {
    name: flavour.target,
    build: (course, options) => buildXapiPackages(course, flavour, options?.split ?? "module", player),
  };
}
