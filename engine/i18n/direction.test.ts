import { describe, expect, it } from "vitest";
import { textDirection } from "./direction.ts";
import { byPrimarySubtag, primarySubtag } from "./language-tag.ts";

describe("textDirection", () => {
  it.each(["ar", "ar-EG", "AR_ma", "ur", "fa-IR", "he", "ps", "sd", "ug", "yi", "dv", "ckb", "ckb-IQ"])(
    "%s is written right to left",
    (lang) => expect(textDirection(lang)).toBe("rtl"),
  );

  it.each(["en", "en-GH", "fr", "tw", "ak", "sw", "arn", "", "x"])("%s is left to right", (lang) =>
    expect(textDirection(lang)).toBe("ltr"),
  );
});

describe("language tags", () => {
  it("reads the primary subtag, whatever the case or separator", () => {
    expect(primarySubtag(" fr-CI ")).toBe("fr");
    expect(primarySubtag("EN_gh")).toBe("en");
    expect(primarySubtag("")).toBe("");
  });

  it("finds a table entry by primary subtag, else the fallback (never an inherited property)", () => {
    const table = { fr: "français", tw: "Twi" };
    expect(byPrimarySubtag("fr-CI", table, "English")).toBe("français");
    expect(byPrimarySubtag("tw", table, "English")).toBe("Twi");
    expect(byPrimarySubtag("de", table, "English")).toBe("English");
    expect(byPrimarySubtag("constructor", table, "English")).toBe("English");
  });
});
