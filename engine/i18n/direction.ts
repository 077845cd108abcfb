import { primarySubtag } from "./language-tag.ts";

/** Languages written right to left, by primary subtag (Arabic, Urdu, Persian, Hebrew, Pashto, …). */
const RIGHT_TO_LEFT = new Set(["ar", "ur", "fa", "he", "ps", "sd", "ug", "yi", "dv", "ckb"]);

/** The text direction of a language, for `dir` on a page: "rtl" for right-to-left scripts. */
export function textDirection(lang: string): "rtl" | "ltr" {
  return RIGHT_TO_LEFT.has(primarySubtag(lang)) ? "rtl" : "ltr";
}
