import { describe, expect, it } from "vitest";
import { themeStyle } from "./theme.ts";

describe("themeStyle", () => {
  it("sets a custom property for each colour course.md gives, and none for the rest", () => {
    expect(themeStyle({ primary: "#0b5d3b", text: "#111111", logo: "media/logo.svg" })).toEqual({
      "--cm-primary": "#0b5d3b",
      "--cm-text": "#111111",
    });
    expect(themeStyle({})).toEqual({});
  });
});
