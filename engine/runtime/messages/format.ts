import { byPrimarySubtag } from "../../i18n/language-tag.ts";

/**
 * Languages Intl may not know under their own tag, and the tag it knows for the same numbers and
 * plural rules: CLDR files Twi under Akan (`ak`).
 */
const INTL_ALIASES: Readonly<Record<string, string>> = { tw: "ak" };

function isKnownToIntl(locale: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false; // not a well-formed tag
  }
}

/**
 * The locale to format numbers in for a catalogue's language: the language itself, an alias Intl
 * knows, or English (Latin digits). Never the device's default, which would vary from phone to phone.
 */
export function numberLocale(lang: string): string {
  const alias = byPrimarySubtag(lang, INTL_ALIASES, undefined);
  return [lang, alias].find((tag) => tag !== undefined && isKnownToIntl(tag)) ?? "en";
}

/** A count, position or size written the language's way (digits, grouping, decimal sign). */
export function formatNumber(lang: string, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(numberLocale(lang), options).format(value);
}

/** A percentage given as 0..100 (`45` → "45%", "45 %" in French). */
export function formatPercent(lang: string, percent: number): string {
  return new Intl.NumberFormat(numberLocale(lang), { style: "percent", maximumFractionDigits: 1 }).format(
    percent / 100,
  );
}

/** Wordings of a count by plural category; `#` stands for the formatted number. `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The wording for `count` in the language's plural category (Arabic has zero, one, two, few, many
 * and other; French and English one and other), with `#` replaced by the formatted number.
 */
export function plural(lang: string, count: number, forms: PluralForms): string {
  const locale = numberLocale(lang);
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return form.replaceAll("#", new Intl.NumberFormat(locale).format(count));
}
