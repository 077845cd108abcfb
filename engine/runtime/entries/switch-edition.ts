/**
 * Switching to the language edition the learner's platform prefers, when the package carries
 * others (exporters/edition-script.ts). A package without other editions leaves this file out of
 * its bundle (exporters/bundle-contents.ts): `switchEdition` is then undefined.
 */
import { textDirection } from "../../i18n/direction.ts";
import { type Edition, loadEdition, preferredEdition } from "../editions.ts";
import type { PageData } from "../page-contract.ts";

type EditionSwitch = (page: PageData, preferred: readonly string[]) => Promise<Edition | undefined>;

/** The preferred edition, loaded, with the page's language and direction set to it; undefined keeps the page's own. */
export const switchEdition: EditionSwitch | undefined = async (page, preferred) => {
  const lang = preferredEdition(
    preferred,
    page.course.lang,
    page.editions.map((edition) => edition.lang),
  );
  const src = page.editions.find((edition) => edition.lang === lang)?.src;
  const edition = lang && src ? await loadEdition(src, lang) : undefined;
  if (edition) {
    document.documentElement.lang = edition.course.lang;
    document.documentElement.dir = textDirection(edition.course.lang);
  }
  return edition;
};
