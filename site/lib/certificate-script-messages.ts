import { byPrimarySubtag } from "../../engine/i18n/language-tag.ts";
import { certificateScriptAr } from "./site-messages/ar.ts";
import { type CertificateScriptMessages, certificateScriptEn } from "./site-messages/en.ts";
import { certificateScriptFr } from "./site-messages/fr.ts";
import { certificateScriptTw } from "./site-messages/tw.ts";

export type { CertificateScriptMessages } from "./site-messages/en.ts";

/**
 * The certificate page script's words for the page's language, English when there are none; apart
 * from site-messages.ts so that the browser gets only these words (as course-script-messages.ts).
 */
export function certificateScriptMessagesFor(lang: string): CertificateScriptMessages {
  return byPrimarySubtag(
    lang,
    { en: certificateScriptEn, fr: certificateScriptFr, ar: certificateScriptAr, tw: certificateScriptTw },
    certificateScriptEn,
  );
}
