import type { Element, RootContent as HastNode, Root as HastRoot } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { VFile } from "vfile";
import { collectDiagnostics, type Diagnostic } from "../../engine/diagnostics/format.ts";
import { compileCourse } from "../../engine/model/compile-course.ts";
import { createCourseContext, createFileContext } from "../../engine/model/context.ts";
import type { RichText } from "../../engine/model/hast.ts";
import { isScriptUrl } from "../../engine/model/html-safety.ts";
import { bodyOf } from "../../engine/model/lesson.ts";
import { toRichText } from "../../engine/model/rich-text.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import { parseMarkdown } from "../../engine/parse/processor.ts";
import { createCourseSource } from "../../engine/source/course-source.ts";
import { courseEntries, seedFiles } from "./seed-course.ts";

export const LESSON = "01-pricing/01-price-it-right.md";
const FRONTMATTER = "---\ntitle: Safety\nobjective: Stay safe.\nminutes: 2\n---\n\n";
/** The first line of a lesson body written with `compileLesson`. */
export const BODY_LINE = 7;

/** Compiles the seed course with one lesson's body replaced (and extra media files, by course path). */
export function compileLesson(
  body: string,
  media: Readonly<Record<string, string>> = {},
): { model: CourseModel | undefined; diagnostics: Diagnostic[] } {
  const entries = courseEntries({ ...seedFiles, ...media, [LESSON]: FRONTMATTER + body });
  const { model, files } = compileCourse(createCourseSource("course", entries));
  return { model, diagnostics: collectDiagnostics(files, process.cwd()).diagnostics };
}

/** Markdown → rich text through the sanitizer alone, whatever the checks before it report. */
export function sanitizeMarkdown(markdown: string): RichText {
  const file = new VFile({ path: LESSON, value: markdown });
  file.data.coursePath = LESSON;
  const course = createCourseContext({
    displayDir: "course",
    variables: {},
    media: new Map(),
    excluded: new Map(),
    lessonIds: new Map(),
  });
  return toRichText(createFileContext(course, file, "pricing.safety"), bodyOf(parseMarkdown(file)));
}

export function renderRichText(content: RichText): string {
  return toHtml({ type: "root", children: content } as HastRoot);
}

/** Every rich text in a model (prompts, options, feedback, prose, glossary…), rendered to HTML. */
export function renderModel(model: CourseModel): string[] {
  const rendered: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      const isRichText =
        value.length > 0 && value.every((item) => item?.type === "text" || item?.type === "element");
      if (isRichText) rendered.push(renderRichText(value as RichText));
      else value.forEach(walk);
    } else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(model);
  return rendered;
}

/** What a browser would find unsafe in some HTML: checked on the HTML as a browser parses it. */
export function unsafeParts(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push("a <script tag");
  const visit = (node: HastNode | HastRoot): void => {
    if (node.type === "element") found.push(...unsafeInElement(node));
    if ("children" in node) node.children.forEach(visit);
  };
  visit(fromHtml(html, { fragment: true }));
  return found;
}

const URL_PROPERTIES = new Set([
  "href",
  "src",
  "srcSet",
  "action",
  "formAction",
  "poster",
  "cite",
  "data",
  "xLinkHref",
  "background",
  "ping",
]);

function unsafeInElement(element: Element): string[] {
  const found: string[] = [];
  const name = element.tagName.toLowerCase();
  if (["script", "object", "embed", "base", "meta", "link", "frame", "frameset"].includes(name))
    found.push(`<${name}>`);
  for (const [key, value] of Object.entries(element.properties)) {
    if (/^on/i.test(key)) found.push(`${key} on <${name}>`);
    const urls = URL_PROPERTIES.has(key) ? (Array.isArray(value) ? value : [value]) : [];
    if (urls.some((url) => typeof url === "string" && isScriptUrl(url)))
      found.push(`script URL in ${key} of <${name}>`);
  }
  const src = element.properties.src;
  if (name === "iframe" && typeof src === "string" && /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src.trim())) {
    found.push("remote <iframe>");
  }
  return found;
}
