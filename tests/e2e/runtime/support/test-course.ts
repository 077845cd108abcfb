import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { collectDiagnostics, formatHuman } from "../../../../engine/diagnostics/format.ts";
import { compileCourse } from "../../../../engine/model/compile-course.ts";
import { toIdSegment } from "../../../../engine/model/ids.ts";
import type { CourseModel } from "../../../../engine/model/schema.ts";
import { createCourseSource, type SourceEntry } from "../../../../engine/source/course-source.ts";
import { withCourseVariants } from "../../../../exporters/image-variants.ts";

const REPO = fileURLToPath(new URL("../../../../", import.meta.url));
const FIXTURE = path.join(REPO, "tests/fixtures/runtime/course");
const INTERACTIONS = path.join(REPO, "engine/interactions");
export const EXAMPLES_MODULE = "examples";

async function filesUnder(root: string, prefix = ""): Promise<SourceEntry[]> {
  const entries: SourceEntry[] = [];
  for (const dirent of await readdir(path.join(root, prefix), { withFileTypes: true })) {
    const coursePath = prefix ? `${prefix}/${dirent.name}` : dirent.name;
    if (dirent.isDirectory()) entries.push(...(await filesUnder(root, coursePath)));
    else {
      const bytes = new Uint8Array(await readFile(path.join(root, coursePath)));
      entries.push({ coursePath, size: bytes.byteLength, bytes });
    }
  }
  return entries;
}

/** Every slice's example.md, by type name (the slices contributor writes one per interaction type). */
export async function interactionExamples(): Promise<Map<string, string>> {
  const examples = new Map<string, string>();
  for (const dirent of await readdir(INTERACTIONS, { withFileTypes: true })) {
    if (!dirent.isDirectory()) continue;
    try {
      examples.set(dirent.name, await readFile(path.join(INTERACTIONS, dirent.name, "example.md"), "utf8"));
    } catch {
      // not an interaction type (choice/, parts/), or its example is not written yet
    }
  }
  return new Map([...examples].sort(([a], [b]) => a.localeCompare(b)));
}

/** Media an example names (`../media/x.svg`): a plain stand-in, since examples ship no media. */
function standInMedia(markdown: string): SourceEntry[] {
  const names = new Set([...markdown.matchAll(/\.\.\/media\/([\w.-]+)/g)].map((match) => match[1] ?? ""));
  return [...names].map((name) => {
    const text = name.endsWith(".svg")
      ? '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300"><rect width="400" height="300" fill="#dde3ea"/><rect y="0" width="400" height="75" fill="#1f4e79"/><rect x="20" y="90" width="360" height="60" fill="#ffffff"/></svg>\n'
      : "ID3";
    const bytes = new TextEncoder().encode(text);
    return { coursePath: `media/${name}`, size: bytes.byteLength, bytes };
  });
}

/** An example becomes one lesson: frontmatter added unless it has its own. */
function exampleLesson(type: string, markdown: string, order: number): SourceEntry {
  const text = markdown.startsWith("---\n")
    ? markdown
    : `---\ntitle: "Example: ${type}"\nobjective: Answer a ${type} interaction.\nminutes: 1\n---\n\n${markdown}`;
  const bytes = new TextEncoder().encode(text);
  const name = `${String(order).padStart(2, "0")}-${type}.md`;
  return { coursePath: `02-${EXAMPLES_MODULE}/${name}`, size: bytes.byteLength, bytes };
}

export interface TestCourse {
  model: CourseModel;
  /** Lesson id of each interaction type's example. */
  exampleLessons: Map<string, string>;
  media: SourceEntry[];
}

/** The fixture course plus one lesson per interaction example, compiled by the real compiler. */
export async function buildTestCourse(): Promise<TestCourse> {
  const entries = await filesUnder(FIXTURE);
  const examples = await interactionExamples();
  const exampleLessons = new Map<string, string>();
  let order = 1;
  for (const [type, markdown] of examples) {
    entries.push(exampleLesson(type, markdown, order++));
    exampleLessons.set(type, `${EXAMPLES_MODULE}.${toIdSegment(type)}`);
    for (const media of standInMedia(markdown)) {
      if (!entries.some((entry) => entry.coursePath === media.coursePath)) entries.push(media);
    }
  }
  const moduleFile = new TextEncoder().encode("---\ntitle: Interaction examples\n---\n");
  entries.push({
    coursePath: `02-${EXAMPLES_MODULE}/module.md`,
    size: moduleFile.byteLength,
    bytes: moduleFile,
  });
  const source = createCourseSource("runtime-fixture", entries);
  const { model: compiled, files } = compileCourse(source);
  if (!compiled)
    throw new Error(`The runtime test course does not compile:\n${formatHuman(collectDiagnostics(files))}`);
  // Measured as every build measures a course (image sizes), so pages reserve each image's box.
  const { model } = await withCourseVariants({ model: compiled, source });
  return { model, exampleLessons, media: entries.filter((entry) => entry.coursePath.startsWith("media/")) };
}
