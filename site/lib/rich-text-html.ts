import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import type { HastContent, RichText } from "../../engine/model/hast.ts";
import { urls } from "./urls.ts";

/**
 * Model rich text → static HTML for the site (already sanitized by the compiler). Lesson links
 * and media paths become site URLs.
 */
export function richTextToHtml(courseId: string, content: RichText): string {
  const convert = (node: HastContent): ElementContent => {
    if (node.type === "text") return { type: "text", value: node.value };
    const properties = { ...node.properties };
    const lessonId = typeof properties.dataLesson === "string" ? properties.dataLesson : undefined;
    if (node.tagName === "a" && lessonId) {
      properties.href = urls.lessonById(courseId, lessonId);
    }
    if (node.tagName === "img" && typeof properties.src === "string" && !/^[a-z]+:/i.test(properties.src)) {
      properties.src = urls.media(courseId, properties.src);
      properties.loading = "lazy";
      properties.decoding = "async";
    }
    const element: Element = {
      type: "element",
      tagName: node.tagName,
      properties,
      children: node.children.map(convert),
    };
    return element;
  };
  const root: Root = { type: "root", children: content.map(convert) };
  return toHtml(root);
}
