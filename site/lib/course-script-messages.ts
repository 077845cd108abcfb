import { byPrimarySubtag } from "../../engine/i18n/language-tag.ts";
import { courseScriptAr } from "./site-messages/ar.ts";
import { type CourseScriptMessages, courseScriptEn } from "./site-messages/en.ts";
import { courseScriptFr } from "./site-messages/fr.ts";
import { courseScriptTw } from "./site-messages/tw.ts";

export type { CourseScriptMessages } from "./site-messages/en.ts";

/**
 * The course page script's words for the page's language (`document.documentElement.lang`), English
 * when there are none. Apart from site-messages.ts so that the browser gets only these words.
 */
export function courseScriptMessagesFor(lang: string): CourseScriptMessages {
  return byPrimarySubtag(
    lang,
    { en: courseScriptEn, fr: courseScriptFr, ar: courseScriptAr, tw: courseScriptTw },
    courseScriptEn,
  );
}
