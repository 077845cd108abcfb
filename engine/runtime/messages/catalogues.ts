import { byPrimarySubtag } from "../../i18n/language-tag.ts";
import { ar } from "./ar.ts";
import { en, type Messages } from "./en.ts";
import { fr } from "./fr.ts";
import { tw } from "./tw.ts";

/**
 * Every player catalogue by primary language subtag. Not imported by the player bundle: a package
 * carries only the catalogue of its course's language (chosen where the bundle is built).
 */
const CATALOGUES: Readonly<Record<string, Messages>> = { en, fr, ar, tw };

/** The languages the player speaks (primary subtags). */
export const CATALOGUE_LANGUAGES: readonly string[] = Object.keys(CATALOGUES);

/** The player's words for a course language (`fr-CI` → French); English when there is no catalogue. */
export function catalogueFor(lang: string): Messages {
  return byPrimarySubtag(lang, CATALOGUES, en);
}
