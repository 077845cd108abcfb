import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import type { HastContent, RichText } from "../../engine/model/hast.ts";

/** A course file a question's text shows, embedded in the XML as `<file>` (Moodle's @@PLUGINFILE@@). */
export interface EmbeddedFile {
  /** The path under @@PLUGINFILE@@: the course path without `media/`. */
  path: string;
  coursePath: string;
}

export interface MoodleHtml {
  html: string;
  files: EmbeddedFile[];
}

/** `media/photos/jar.png` → `photos/jar.png`. */
function pluginFilePath(coursePath: string): string {
  return coursePath.replace(/^media\//, "");
}

/**
 * Model rich text (already sanitised by the compiler) → HTML for a Moodle question: images point at
 * embedded files, links to lessons become their text (a quiz has no lessons), and glossary terms
 * plain text.
 */
export function toMoodleHtml(content: RichText): MoodleHtml {
  const files = new Map<string, EmbeddedFile>();
  const convert = (node: HastContent): ElementContent[] => {
    if (node.type === "text") return [{ type: "text", value: node.value }];
    const children = node.children.flatMap(convert);
    const { dataLesson, dataTerm, ...properties } = node.properties;
    if ((node.tagName === "a" && dataLesson !== undefined) || dataTerm !== undefined) return children;
    if (node.tagName === "img" && typeof properties.src === "string" && !/^[a-z]+:/i.test(properties.src)) {
      const path = pluginFilePath(properties.src);
      files.set(path, { path, coursePath: properties.src });
      properties.src = `@@PLUGINFILE@@/${path.split("/").map(encodeURIComponent).join("/")}`;
    }
    const element: Element = { type: "element", tagName: node.tagName, properties, children };
    return [element];
  };
  const root: Root = { type: "root", children: content.flatMap(convert) };
  return { html: toHtml(root), files: [...files.values()] };
}

/** Rich text as plain text (Moodle's matching answers and question names take no HTML). */
export function toPlainText(content: RichText): string {
  const text = (node: HastContent): string =>
    node.type === "text" ? node.value : node.children.map(text).join("");
  return content.map(text).join(" ").replace(/\s+/g, " ").trim();
}
