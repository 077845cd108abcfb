import { byPrimarySubtag, primarySubtag } from "../../i18n/language-tag.ts";

/**
 * Languages Intl may not know under their own tag, and the tag it knows for the same numbers and
 * plural rules: CLDR files Twi under Akan (`ak`).
 */
const INTL_ALIASES: Readonly<Record<string, string>> = { tw: "ak" };

/**
 * Whether Intl has data for the tag's language: its plural rules resolve to that language, not to
 * the device's default. (supportedLocalesOf answers the same but took ~100 ms on a phone's first call.)
 */
function isKnownToIntl(locale: string): boolean {
  try {
    const resolved = new Intl.PluralRules(locale).resolvedOptions().locale;
    return primarySubtag(resolved) === primarySubtag(locale);
  } catch {
    return false; // not a well-formed tag
  }
}

/** Looking a locale up and building a formatter load locale data each time: each is made once per page. */
function once<Value>(make: (key: string) => Value): (key: string) => Value {
  const made = new Map<string, Value>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

/**
 * The locale to format numbers in for a catalogue's language: the language itself, an alias Intl
 * knows, or English (Latin digits). Never the device's default, which would vary from phone to phone.
 */
export const numberLocale = once((lang: string): string => {
  const alias = byPrimarySubtag(lang, INTL_ALIASES, undefined);
  return [lang, alias].find((tag) => tag !== undefined && isKnownToIntl(tag)) ?? "en";
});

const numberFormat = once((key: string) => {
  const [lang = "", options = "{}"] = key.split("\n");
  return new Intl.NumberFormat(numberLocale(lang), JSON.parse(options) as Intl.NumberFormatOptions);
});
const pluralRules = once((lang: string) => new Intl.PluralRules(numberLocale(lang)));

/**
 * Languages that write whole numbers below 1,000 in plain 0-9 digits (CLDR): for these the
 * launch screen's numbers ("Screen 1 of 5", "40% done") need no number data, whose first load
 * cost a phone ~50 ms (4x that in Lighthouse's throttled CPU). format.test.ts checks them
 * against Intl, number by number.
 */
export const PLAIN_DIGIT_LANGUAGES: ReadonlySet<string> = new Set(["en", "fr", "sq", "sr", "tw", "ak"]);

const isPlainWholeNumber = (lang: string, value: number) =>
  Number.isInteger(value) && value >= 0 && value < 1000 && PLAIN_DIGIT_LANGUAGES.has(primarySubtag(lang));

/** A count, position or size written the language's way (digits, grouping, decimal sign). */
export function formatNumber(lang: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  const plain = Object.keys(options).length === 0 && isPlainWholeNumber(lang, value);
  return plain ? String(value) : numberFormat(`${lang}\n${JSON.stringify(options)}`).format(value);
}

/** A percentage given as 0..100 (`45` → "45%", "45 %" in French). */
export function formatPercent(lang: string, percent: number): string {
  // English writes a whole percentage as the number and "%" (checked against Intl in format.test.ts).
  if (primarySubtag(lang) === "en" && isPlainWholeNumber(lang, percent)) return `${percent}%`;
  return formatNumber(lang, percent / 100, { style: "percent", maximumFractionDigits: 1 });
}

/** Wordings of a count by plural category; `#` stands for the formatted number. `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The wording for `count` in the language's plural category (Arabic has zero, one, two, few, many
 * and other; French and English one and other), with `#` replaced by the formatted number.
 */
export function plural(lang: string, count: number, forms: PluralForms): string {
  const form = forms[pluralRules(lang).select(count)] ?? forms.other;
  return form.replaceAll("#", formatNumber(lang, count));
}
