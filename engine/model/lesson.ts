import type { Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import { createBlockContext, toBlocks } from "./blocks.ts";
import { type CourseContext, createFileContext } from "./context.ts";
import { readFrontmatter } from "./frontmatter.ts";
import { lessonFrontmatterSchema } from "./frontmatter-schemas.ts";
import { MAX_READING_GRADE, measureReadingLevel } from "./reading-level.ts";
import type { Lesson, Screen } from "./schema.ts";

/** The body of a file without its frontmatter. */
export function bodyOf(tree: Root): RootContent[] {
  return tree.children.filter((node) => node.type !== "yaml");
}

/** Screens are separated by a thematic break (`---` on a line of its own) at the top level. */
export function splitScreens(nodes: readonly RootContent[]): RootContent[][] {
  const screens: RootContent[][] = [[]];
  for (const node of nodes) {
    if (node.type === "thematicBreak") screens.push([]);
    else screens.at(-1)?.push(node);
  }
  return screens;
}

function isOnlyComments(nodes: readonly RootContent[]): boolean {
  return nodes.every((node) => node.type === "html" && /^\s*<!--[\s\S]*-->\s*$/.test(node.value));
}

/** Measured before blocks are built: the prose as written, variables read as their names. */
function checkReadingLevel(file: VFile, tree: Root): void {
  const { grade, words, sentences } = measureReadingLevel({ type: "root", children: bodyOf(tree) });
  if (grade <= MAX_READING_GRADE) return;
  report(
    file,
    "reading-level",
    `Unexpected reading grade ${grade} (Flesch–Kincaid; ${words} words in ${sentences} sentences), expected ${MAX_READING_GRADE} or below`,
    tree.children[0]?.position?.start ?? { line: 1, column: 1 },
  );
}

export function compileLesson(
  course: CourseContext,
  file: VFile,
  tree: Root,
  lessonId: string,
): Lesson | undefined {
  const frontmatter = readFrontmatter(file, tree, lessonFrontmatterSchema, { required: true });
  const context = createBlockContext(createFileContext(course, file, lessonId));
  const body = bodyOf(tree);
  if (isOnlyComments(body)) {
    report(
      file,
      "empty-lesson",
      "Unexpected lesson without content, expected at least one screen",
      tree.children[0]?.position?.end ?? { line: 1, column: 1 },
    );
    return undefined;
  }
  checkReadingLevel(file, tree);
  const screens: Screen[] = [];
  for (const nodes of splitScreens(body)) {
    const blocks = toBlocks(context, nodes);
    if (blocks.length > 0) screens.push({ blocks });
    else if (!isOnlyComments(nodes) || nodes.length === 0) {
      const place = nodes[0]?.position ?? body.find((node) => node.type === "thematicBreak")?.position;
      report(file, "empty-screen", "Unexpected empty screen", place);
    }
  }
  if (!frontmatter || screens.length === 0) return undefined;
  return { id: lessonId, ...frontmatter, screens };
}
