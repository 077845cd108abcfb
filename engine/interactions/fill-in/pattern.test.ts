import { describe, expect, it } from "vitest";
import { MAX_PATTERN_LENGTH, patternProblem } from "./pattern.ts";

describe("patternProblem", () => {
  it.each(["^(texting|writing to)$", "12\\.50", "^GH[₵S]\\s?\\d+$", "(ab)?c+", "[(+*]+", "a{2,3}"])(
    "accepts %s",
    (source) => {
      expect(patternProblem(source)).toBeUndefined();
    },
  );

  it.each([
    ["(unclosed", "Invalid regular expression"],
    ["(a+)+$", "nested repeat"],
    ["(a|ab)*c", "nested repeat"],
    ["((x*)y)+", "nested repeat"],
    ["(a{2,})*", "nested repeat"],
    ["(a)\\1", "backreference"],
    ["(?<w>a)\\k<w>", "backreference"],
    ["a".repeat(MAX_PATTERN_LENGTH + 1), "longer than"],
  ])("refuses %s", (source, problem) => {
    expect(patternProblem(source)).toContain(problem);
  });
});
