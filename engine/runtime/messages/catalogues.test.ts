import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
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
};

/** What a message says for the sample arguments (the text itself for plain strings). */
function render(catalogue: Messages, key: keyof Messages): string {
  const message: unknown = catalogue[key];
  if (typeof message === "string") return message;
  const args: unknown[] = SAMPLE_ARGUMENTS[key as FunctionKey];
  return (message as (...values: unknown[]) => string)(...args);
}

/** Messages that are rightly the same words as the English ones (names, or the same word). */
const SAME_AS_ENGLISH: Record<string, readonly (keyof Messages)[]> = {
  fr: ["creditsVersion", "minutes"], // "Version 1.2.0" and "5 minutes" are French too
  ar: [],
  tw: [],
};

const translations = { fr, ar, tw } satisfies Record<string, Messages>;
const keys = (catalogue: object) => Object.keys(catalogue).sort();

describe.each(Object.entries(translations))("the %s player catalogue", (lang, catalogue) => {
  it("has exactly the English keys, each of the same kind (text or function)", () => {
    expect(keys(catalogue)).toEqual(keys(en));
    const kinds = (messages: Messages) =>
      keys(messages).map((key) => [key, typeof messages[key as keyof Messages]]);
    expect(kinds(catalogue)).toEqual(kinds(en));
  });

  it("says its own language tag", () => expect(catalogue.lang).toBe(lang));

  it("gives non-empty words for every message, different from the English ones except where allowed", () => {
    const same: string[] = [];
    for (const key of keys(en) as (keyof Messages)[]) {
      if (key === "lang") continue;
      const text = render(catalogue, key);
      expect(text.trim(), key).not.toBe("");
      if (text === render(en, key)) same.push(key);
    }
    expect(same).toEqual(SAME_AS_ENGLISH[lang]);
  });

  it("marks itself as awaiting review by a native speaker in its header", () => {
    const header = readFileSync(new URL(`./${lang}.ts`, import.meta.url), "utf8").split("*/")[0] ?? "";
    expect(header).toMatch(/await(s|ing) review by a native speaker/i);
  });
});

it("the Twi header says it is not final", () => {
  const header = readFileSync(new URL("./tw.ts", import.meta.url), "utf8").split("*/")[0] ?? "";
  expect(header).toMatch(/AWAITS REVIEW BY A NATIVE SPEAKER/);
  expect(header).toMatch(/must not be treated\s+\* as final/);
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
