import type { RichText } from "../../engine/model/hast.ts";
import type { MediaFile } from "../../engine/source/course-source.ts";
import { escapeXml } from "../scorm-shared/xml.ts";
import { toMoodleHtml } from "./moodle-html.ts";

/** What every question writer gets: course media to embed, and the files each text needs. */
export interface XmlContext {
  media: ReadonlyMap<string, MediaFile>;
}

function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}

/** `<text>…</text><file …/>…`: rich text as HTML with the images it shows embedded. */
export function htmlParts(context: XmlContext, content: RichText): string {
  const { html, files } = toMoodleHtml(content);
  const embedded = files.map((file) => {
    const slash = file.path.lastIndexOf("/");
    const folder = `/${file.path.slice(0, slash + 1)}`;
    const name = file.path.slice(slash + 1);
    const bytes = context.media.get(file.coursePath)?.bytes ?? new Uint8Array();
    return `<file name="${escapeXml(name)}" path="${escapeXml(folder)}" encoding="base64">${base64(bytes)}</file>`;
  });
  return `<text>${cdata(html)}</text>${embedded.join("")}`;
}

/** `<tag format="html"><text>…</text><file …/></tag>`. */
export function htmlElement(context: XmlContext, tag: string, content: RichText, attributes = ""): string {
  return `<${tag}${attributes} format="html">${htmlParts(context, content)}</${tag}>`;
}

/** `<tag><text>plain</text></tag>`. */
export function textElement(tag: string, text: string): string {
  return `<${tag}><text>${escapeXml(text)}</text></${tag}>`;
}

/** A simple element with escaped text: `<tag>value</tag>`. */
export function valueElement(tag: string, value: string | number): string {
  return `<${tag}>${escapeXml(String(value))}</${tag}>`;
}

/**
 * A percentage for an answer's fraction attribute, rounded to 5 decimals so Moodle's list of
 * allowed grades (100, 50, 33.33333, 14.28571, …) matches when the import says "error if not listed".
 */
export function percent(share: number): string {
  return String(Number((share * 100).toFixed(5)));
}
