import { describe, expect, it } from "vitest";
import { preferredLanguages } from "./preferred-languages.ts";

describe("preferredLanguages", () => {
  it("reads a SCORM preference, a cmi5 list and an Accept-Language value, most preferred first", () => {
    expect(preferredLanguages("fr")).toEqual(["fr"]);
    expect(preferredLanguages("ar-EG,en-US")).toEqual(["ar-EG", "en-US"]);
    expect(preferredLanguages("en;q=0.5, tw, fr-SN;q=0.8")).toEqual(["tw", "fr-SN", "en"]);
  });

  it("says nothing for an empty, missing or malformed value", () => {
    expect(preferredLanguages("")).toEqual([]);
    expect(preferredLanguages(undefined)).toEqual([]);
    expect(preferredLanguages({ languagePreference: "fr" })).toEqual([]);
    expect(preferredLanguages("*, fr;q=0, <script>")).toEqual([]);
  });
});
