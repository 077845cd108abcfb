import { describe, expect, it } from "vitest";
import { ar } from "./ar.ts";
import { en } from "./en.ts";
import { formatNumber, formatPercent, numberLocale, PLAIN_DIGIT_LANGUAGES, plural } from "./format.ts";
import { fr } from "./fr.ts";
import { tw } from "./tw.ts";

/** Digits other than 0-9 (Arabic-Indic, Extended Arabic-Indic, …): any decimal digit Unicode knows. */
const NON_LATIN_DIGIT = /(?![0-9])\p{Nd}/u;

describe("number locale", () => {
  it("is the language itself where Intl knows it", () => {
    expect(numberLocale("fr")).toBe("fr");
    expect(numberLocale("ar-EG")).toBe("ar-EG");
  });

  it("writes Twi as Akan where Intl knows Akan, else in English (Latin digits), never the device's locale", () => {
    const akan = Intl.NumberFormat.supportedLocalesOf(["ak"]).length > 0;
    expect(numberLocale("tw")).toBe(akan ? "ak" : "en");
    expect(numberLocale("zz")).toBe("en");
    expect(numberLocale("not a tag")).toBe("en");
  });
});

describe("whole numbers written without number data", () => {
  const wholeNumbers = Array.from({ length: 1000 }, (_, value) => value);

  it("are what Intl writes, for every number below 1,000 in each plain-digit language", () => {
    for (const lang of PLAIN_DIGIT_LANGUAGES) {
      const intl = new Intl.NumberFormat(numberLocale(lang));
      expect(wholeNumbers.map((value) => formatNumber(lang, value))).toEqual(
        wholeNumbers.map((value) => intl.format(value)),
      );
    }
  });

  it("are what Intl writes for English percentages 0-100, and Intl still writes the rest", () => {
    const percent = new Intl.NumberFormat("en-GH", { style: "percent", maximumFractionDigits: 1 });
    const percents = wholeNumbers.slice(0, 101);
    expect(percents.map((value) => formatPercent("en-GH", value))).toEqual(
      percents.map((value) => percent.format(value / 100)),
    );
    expect(formatPercent("en", 33.3)).toBe("33.3%");
    expect(formatNumber("en", 1200)).toBe("1,200");
    expect(formatNumber("ar-EG", 7)).toBe(new Intl.NumberFormat("ar-EG").format(7));
  });
});

describe("numbers in messages", () => {
  it("keeps the English words as they were", () => {
    expect(en.screenOf(3, 7)).toBe("Screen 3 of 7");
    expect(en.progressValue(45)).toBe("45% done");
    expect(en.assessmentScore(100)).toBe("Your score: 100%");
    expect(en.minutes(1)).toBe("1 minute");
    expect(en.minutes(5)).toBe("5 minutes");
    expect(en.attemptsLeft(1)).toBe("1 try left");
    expect(en.charactersLeft(0)).toBe("0 characters left");
    expect(en.questionOf(1200, 1500)).toBe("Question 1,200 of 1,500");
  });

  it("formats French numbers and percents the French way", () => {
    const french = new Intl.NumberFormat("fr");
    expect(fr.questionOf(1200, 1500)).toBe(`Question ${french.format(1200)} sur ${french.format(1500)}`);
    expect(fr.assessmentScore(75)).toBe(
      `Votre score\u202f: ${new Intl.NumberFormat("fr", { style: "percent" }).format(0.75)}`,
    );
    expect(formatPercent("fr", 75)).not.toBe("75%"); // French puts a space before %
  });

  it("formats Arabic numbers with the digits Intl gives for Arabic", () => {
    const arabic = new Intl.NumberFormat("ar");
    expect(ar.screenOf(3, 12)).toContain(arabic.format(12));
    expect(ar.assessmentScore(80)).toContain(new Intl.NumberFormat("ar", { style: "percent" }).format(0.8));
    expect(formatNumber("ar-EG", 45)).toBe(new Intl.NumberFormat("ar-EG").format(45));
  });

  it("writes Twi numbers in Latin digits", () => {
    for (const text of [tw.screenOf(3, 1200), tw.progressValue(45), tw.minutes(15), tw.attemptsLeft(2)]) {
      expect(text).toMatch(/[0-9]/);
      expect(text).not.toMatch(NON_LATIN_DIGIT);
    }
  });
});

describe("plurals", () => {
  it("gives each of Arabic's six plural categories its own wording", () => {
    const counts = [0, 1, 2, 3, 11, 100];
    expect(counts.map((count) => new Intl.PluralRules("ar").select(count))).toEqual([
      "zero",
      "one",
      "two",
      "few",
      "many",
      "other",
    ]);
    for (const message of [ar.minutes, ar.attemptsLeft, ar.charactersLeft]) {
      expect(new Set(counts.map((count) => message(count))).size).toBe(counts.length);
    }
    expect(ar.minutes(2)).toBe("دقيقتان");
    expect(ar.minutes(3)).toBe(`${formatNumber("ar", 3)} دقائق`);
  });

  it("follows French plural rules (0 and 1 are singular)", () => {
    expect(fr.minutes(0)).toBe(`${formatNumber("fr", 0)} minute`);
    expect(fr.attemptsLeft(1)).toBe("Il vous reste 1 essai");
    expect(fr.attemptsLeft(2)).toBe("Il vous reste 2 essais");
  });

  it("falls back to `other` when a category has no wording, and puts the number for every #", () => {
    expect(plural("en", 1, { other: "# of #" })).toBe("1 of 1");
    expect(plural("ar", 2, { one: "one", other: "# things" })).toBe(`${formatNumber("ar", 2)} things`);
  });
});
