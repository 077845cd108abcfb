import { byPrimarySubtag } from "../../engine/i18n/language-tag.ts";
import { siteAr } from "./site-messages/ar.ts";
import { type SiteMessages, siteEn } from "./site-messages/en.ts";
import { siteFr } from "./site-messages/fr.ts";
import { siteTw } from "./site-messages/tw.ts";

export type { SiteMessages } from "./site-messages/en.ts";

/** The web edition's catalogues by primary language subtag. */
const SITE_CATALOGUES: Readonly<Record<string, SiteMessages>> = {
  en: siteEn,
  fr: siteFr,
  ar: siteAr,
  tw: siteTw,
};

/** The languages the web edition's pages speak (primary subtags). */
export const SITE_LANGUAGES: readonly string[] = Object.keys(SITE_CATALOGUES);

/** The words around a course for its edition's language (`fr-CI` → French); English when there are none. */
export function siteMessagesFor(lang: string): SiteMessages {
  return byPrimarySubtag(lang, SITE_CATALOGUES, siteEn);
}
