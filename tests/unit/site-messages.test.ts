import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  headerComment,
  messageKinds,
  renderMessages,
  untranslatedKeys,
} from "../../engine/i18n/catalogue-checks.ts";
import { formatBytes, targetLabel } from "../../site/lib/downloads.ts";
import { siteAr } from "../../site/lib/site-messages/ar.ts";
import { siteEn } from "../../site/lib/site-messages/en.ts";
import { siteFr } from "../../site/lib/site-messages/fr.ts";
import { siteTw } from "../../site/lib/site-messages/tw.ts";
import { SITE_LANGUAGES, type SiteMessages, siteMessagesFor } from "../../site/lib/site-messages.ts";

type FunctionKey = {
  [Key in keyof SiteMessages]: SiteMessages[Key] extends string ? never : Key;
}[keyof SiteMessages];

/** Arguments to call every message function with (a new function in en.ts needs a line here). */
const SAMPLE_ARGUMENTS: { [Key in FunctionKey]: Parameters<SiteMessages[Key]> } = {
  modules: [2],
  lessons: [7],
  aboutMinutes: [35],
  lessonMinutes: [5],
  versionNamed: ["1.2.0"],
  licenceNamed: ["CC BY 4.0"],
  courseLanguages: ["Selling online"],
  passMark: [80],
  kilobytes: [340],
  megabytes: [1.25],
  lessonsDone: [3, 7],
  savingOffline: ["Getting started"],
  savedOffline: ["Getting started"],
  goal: ["Say where your customers are"],
  assessmentDescription: ["Selling online"],
  questionCount: [6],
  passWith: [80],
  attemptsAllowed: [3],
  glossaryDescription: ["Selling online"],
  creditsDescription: ["Selling online"],
  licenceSentenceStart: ["Selling online", "1.2.0"],
  creditBy: ["Ama Mensah"],
  packagesDescription: ["Selling online"],
  moduleNumbered: [2, "Taking orders"],
  certificateDescription: ["Selling online"],
  certificateNotPassed: [70],
  passedWithScore: [85, 70],
  passedAtPassMark: [70],
  issuedOn: ["12 March 2025"],
};

/** Messages whose words are rightly the English ones (the same word, a unit or a punctuation mark). */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  fr: ["lessonMinutes", "licenceSentenceEnd", "modules", "modulesHeading", "versionNamed"],
  ar: ["licenceSentenceEnd"],
  tw: ["kilobytes", "megabytes"],
};

const translations = { fr: siteFr, ar: siteAr, tw: siteTw } satisfies Record<string, SiteMessages>;
const header = (lang: string) =>
  headerComment(readFileSync(new URL(`../../site/lib/site-messages/${lang}.ts`, import.meta.url), "utf8"));

describe.each(Object.entries(translations))("the %s site catalogue", (lang, catalogue) => {
  it("has exactly the English keys, each of the same kind (text or function)", () => {
    expect(messageKinds(catalogue)).toEqual(messageKinds(siteEn));
  });

  it("says its own language tag and is the one its pages get", () => {
    expect(catalogue.lang).toBe(lang);
    expect(siteMessagesFor(`${lang}-XX`)).toBe(catalogue);
  });

  it("gives non-empty words for every message", () => {
    for (const [key, words] of renderMessages(catalogue, SAMPLE_ARGUMENTS))
      expect(words.trim(), key).not.toBe("");
  });

  it("differs from the English words except where they are rightly the same", () => {
    expect(untranslatedKeys(catalogue, siteEn, SAMPLE_ARGUMENTS)).toEqual(SAME_AS_ENGLISH[lang]);
  });

  it("marks itself as awaiting review by a native speaker in its header", () => {
    expect(header(lang)).toMatch(/await(s|ing) review by a native speaker/i);
  });
});

it("the Twi header says it is not final", () => {
  expect(header("tw")).toMatch(/AWAITS REVIEW BY A NATIVE SPEAKER/);
  expect(header("tw")).toMatch(/must not be treated as final/);
});

it("falls back to English for a language it has no words for", () => {
  expect(siteMessagesFor("de")).toBe(siteEn);
  expect(siteMessagesFor("en-GH")).toBe(siteEn);
  expect([...SITE_LANGUAGES].sort()).toEqual(["ar", "en", "fr", "tw"]);
});

describe("English words, as the pages showed them before the catalogue", () => {
  it("counts and lengths", () => {
    expect(`${siteEn.modules(2)} · ${siteEn.lessons(7)} · ${siteEn.aboutMinutes(35)}`).toBe(
      "2 modules · 7 lessons · about 35 minutes",
    );
    expect(siteEn.passMark(80)).toBe("pass mark 80%");
    expect(siteEn.lessonsDone(3, 7)).toBe("3 of 7 lessons done. Progress is saved on this device.");
  });

  it("package formats and sizes", () => {
    expect(targetLabel("scorm12", siteEn)).toBe("SCORM 1.2 (Moodle, atingi, Moodle app)");
    expect(targetLabel("toString", siteEn)).toBe("toString");
    expect(formatBytes(340 * 1024, siteEn)).toBe("340 KB");
    expect(formatBytes(10, siteEn)).toBe("1 KB");
    expect(formatBytes(1.25 * 1024 * 1024 + 100_000, siteEn)).toBe("1.3 MB");
  });
});

it("sizes and percents follow the page's language", () => {
  expect(formatBytes(2.5 * 1024 * 1024, siteFr)).toBe(
    `${new Intl.NumberFormat("fr", { minimumFractionDigits: 1 }).format(2.5)} Mo`,
  );
  expect(siteAr.passMark(80)).toContain(new Intl.NumberFormat("ar", { style: "percent" }).format(0.8));
  expect(siteAr.lessons(2)).toBe("درسان");
});
