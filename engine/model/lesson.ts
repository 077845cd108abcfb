import type { Root, RootContent, ThematicBreak } from "mdast";
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

/** One screen as written: its nodes and the `---` separators before and after it (if any). */
export interface ScreenSource {
  nodes: RootContent[];
  opening: ThematicBreak | undefined;
  closing: ThematicBreak | undefined;
}

/** Screens are separated by a thematic break (`---` on a line of its own) at the top level. */
export function splitScreens(nodes: readonly RootContent[]): ScreenSource[] {
  const screens: ScreenSource[] = [{ nodes: [], opening: undefined, closing: undefined }];
  for (const node of nodes) {
    const current = screens.at(-1);
    if (node.type !== "thematicBreak") current?.nodes.push(node);
    else {
      if (current) current.closing = node;
      screens.push({ nodes: [], opening: node, closing: undefined });
    }
  }
  return screens;
}

/** Reports a screen without content at the separator to remove. */
function reportEmptyScreen(file: VFile, { opening, closing }: ScreenSource): void {
  const line = (node: ThematicBreak | undefined) => node?.position?.start.line ?? 1;
  const message =
    opening && closing
      ? `Unexpected empty screen between the \`---\` on lines ${line(opening)} and ${line(closing)}, expected content`
      : opening
        ? "Unexpected `---` after the last screen, expected content after it"
        : "Unexpected `---` before any content, expected content before it";
  report(file, "empty-screen", message, (closing ?? opening)?.position ?? { line: 1, column: 1 });
}

function errorCount(file: VFile): number {
  return file.messages.filter((message) => message.fatal).length;
}

function isOnlyComments(nodes: readonly RootContent[]): boolean {
  return nodes.every((node) => node.type === "html" && /^\s*<!--[\s\S]*-->\s*$/.test(node.value));
}

/** Measured before blocks are built: the prose as written, variables read as their names; reported at the hardest paragraph. */
function checkReadingLevel(file: VFile, tree: Root): void {
  const body = bodyOf(tree);
  const { grade, words, sentences, hardest } = measureReadingLevel({ type: "root", children: body });
  if (grade <= MAX_READING_GRADE) return;
  const plural = (count: number) => (count === 1 ? "" : "s");
  const where = hardest ? `; hardest here, grade ${hardest.grade}` : "";
  report(
    file,
    "reading-level",
    `Unexpected reading grade ${grade} (Flesch–Kincaid; ${words} words in ${sentences} sentence${plural(sentences)}${where}), expected ${MAX_READING_GRADE} or below`,
    hardest?.start ?? body[0]?.position?.start ?? { line: 1, column: 1 },
  );
}

export function compileLesson(
  course: CourseContext,
  file: VFile,
  tree: Root,
  lessonId: string,
): Lesson | undefined {
  const frontmatter = readFrontmatter(file, tree, lessonFrontmatterSchema, { required: true });
  const context = createBlockContext(createFileContext(course, file, lessonId, tree));
  const body = bodyOf(tree);
  const reportEmptyLesson = () =>
    report(
      file,
      "empty-lesson",
      "Unexpected lesson without content, expected at least one screen",
      tree.children[0]?.position?.end ?? { line: 1, column: 1 },
    );
  if (isOnlyComments(body.filter((node) => node.type !== "thematicBreak" && node.type !== "definition"))) {
    reportEmptyLesson();
    return undefined;
  }
  checkReadingLevel(file, tree);
  const screens: Screen[] = [];
  for (const screen of splitScreens(body)) {
    const errorsBefore = errorCount(file);
    const blocks = toBlocks(context, screen.nodes);
    if (blocks.length > 0) screens.push({ blocks });
    // A screen whose content failed already has its errors; one without any content gets this.
    else if (errorCount(file) === errorsBefore) reportEmptyScreen(file, screen);
  }
  // Never drop a lesson silently: without screens and without another error, the lesson is empty.
  if (screens.length === 0 && errorCount(file) === 0) reportEmptyLesson();
  if (!frontmatter || screens.length === 0) return undefined;
  return { id: lessonId, ...frontmatter, screens };
}
