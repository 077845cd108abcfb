import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  headerComment,
  messageKinds,
  renderMessages,
  untranslatedKeys,
} from "../../i18n/catalogue-checks.ts";
import { ar } from "./ar.ts";
import { CATALOGUE_LANGUAGES, catalogueFor } from "./catalogues.ts";
import { en, type Messages } from "./en.ts";
import { fr } from "./fr.ts";
import { tw } from "./tw.ts";

type FunctionKey = { [Key in keyof Messages]: Messages[Key] extends string ? never : Key }[keyof Messages];

/** Arguments to call every message function with (a new function in en.ts needs a line here). */
const SAMPLE_ARGUMENTS: { [Key in FunctionKey]: Parameters<Messages[Key]> } = {
  screenOf: [3, 7],
  progressValue: [45],
  minutes: [5],
  creditsVersion: ["1.2.0"],
  creditsBy: ["Ama Mensah"],
  glossaryDefinition: ["mobile money"],
  attemptsLeft: [2],
  charactersLeft: [120],
  matchFor: ["Price"],
  moveUpItem: ["Price"],
  moveDownItem: ["Price"],
  movedTo: ["Price", 2, 4],
  bucketFor: ["Price"],
  checklistDone: [3, 5],
  assessmentIntro: [80],
  questionOf: [3, 7],
  assessmentScore: [75],
  assessmentFailed: [80],
  videoDetails: [1.5, "MB", 3],
};

/** Messages that are rightly the same words as the English ones (names, or the same word). */
const SAME_AS_ENGLISH: Record<string, readonly (keyof Messages)[]> = {
  fr: ["creditsVersion", "minutes"], // "Version 1.2.0" and "5 minutes" are French too
  ar: [],
  tw: ["video"], // the word Twi speakers use
};

const translations = { fr, ar, tw } satisfies Record<string, Messages>;
const header = (lang: string) =>
  headerComment(readFileSync(new URL(`./${lang}.ts`, import.meta.url), "utf8"));

describe.each(Object.entries(translations))("the %s player catalogue", (lang, catalogue) => {
  it("has exactly the English keys, each of the same kind (text or function)", () => {
    expect(messageKinds(catalogue)).toEqual(messageKinds(en));
  });

  it("says its own language tag", () => expect(catalogue.lang).toBe(lang));

  it("gives non-empty words for every message", () => {
    for (const [key, words] of renderMessages(catalogue, SAMPLE_ARGUMENTS))
      expect(words.trim(), key).not.toBe("");
  });

  it("differs from the English words except where they are rightly the same", () => {
    expect(untranslatedKeys(catalogue, en, SAMPLE_ARGUMENTS)).toEqual(SAME_AS_ENGLISH[lang]);
  });

  it("marks itself as awaiting review by a native speaker in its header", () => {
    expect(header(lang)).toMatch(/await(s|ing) review by a native speaker/i);
  });
});

it("the Twi header says it is not final", () => {
  expect(header("tw")).toMatch(/AWAITS REVIEW BY A NATIVE SPEAKER/);
  expect(header("tw")).toMatch(/must not be treated\s+\* as final/);
});

describe("catalogueFor", () => {
  it("picks by primary subtag and falls back to English", () => {
    expect(catalogueFor("fr-CI")).toBe(fr);
    expect(catalogueFor("AR_eg")).toBe(ar);
    expect(catalogueFor("tw")).toBe(tw);
    expect(catalogueFor("en-GH")).toBe(en);
    expect(catalogueFor("de")).toBe(en);
    expect(catalogueFor("")).toBe(en);
  });

  it("lists every language it has, each catalogue under its own tag", () => {
    expect([...CATALOGUE_LANGUAGES].sort()).toEqual(["ar", "en", "fr", "tw"]);
    for (const lang of CATALOGUE_LANGUAGES) expect(catalogueFor(lang).lang).toBe(lang);
  });
});
