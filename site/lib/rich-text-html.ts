import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import type { HastContent, RichText } from "../../engine/model/hast.ts";
import { imageSizeOf, sizeToAdd } from "../../engine/model/image-size.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import { urls } from "./urls.ts";

/**
 * Model rich text → static HTML for the site (already sanitized by the compiler). Lesson links
 * and media paths become site URLs; a course image carries its size from the course's media entries
 * (measured: see site/lib/player-props.ts withImageFacts), so its box is kept while it loads.
 */
export function richTextToHtml(course: Pick<CourseModel, "id" | "media">, content: RichText): string {
  const mediaFiles = new Map(course.media.map((file) => [file.path, file]));
  const convert = (node: HastContent): ElementContent => {
    if (node.type === "text") return { type: "text", value: node.value };
    const properties = { ...node.properties };
    const lessonId = typeof properties.dataLesson === "string" ? properties.dataLesson : undefined;
    if (node.tagName === "a" && lessonId) {
      properties.href = urls.lessonById(course.id, lessonId);
    }
    if (node.tagName === "img" && typeof properties.src === "string" && !/^[a-z]+:/i.test(properties.src)) {
      const src = properties.src;
      Object.assign(
        properties,
        sizeToAdd(properties, () => imageSizeOf(mediaFiles.get(src))),
      );
      properties.src = urls.media(course.id, properties.src);
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
