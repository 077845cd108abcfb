import { VFile } from "vfile";
import { exportTranslation } from "../../../../engine/i18n/export.ts";
import { translateCourse } from "../../../../engine/i18n/import.ts";
import { pseudoLocalise } from "../../../../engine/i18n/pseudo-localise.ts";
import type { TestCourse } from "./test-course.ts";

/** BCP 47's private-use region for pseudo-locales (as Windows and Android name theirs). */
export const PSEUDO_LANG = "en-XA";

/**
 * The test course as a translator's round trip would make it, with the pseudo "translator": every
 * text accented and about 30% longer, placeholders kept, through the real export and import.
 */
export function pseudoLocalisedCourse(course: TestCourse): TestCourse {
  const variables = new Map<string, string>();
  const { xliff } = exportTranslation(course.model, variables, { lang: PSEUDO_LANG });
  const file = new VFile({ path: `translations/${PSEUDO_LANG}.xlf`, value: pseudoLocalise(xliff) });
  const model = translateCourse(course.model, variables, file, PSEUDO_LANG);
  if (!model) throw new Error(`The pseudo-localised edition has errors: ${file.messages.join("; ")}`);
  return { ...course, model };
}
