import { describe, expect, it } from "vitest";
import { moodleViolations } from "../../tests/e2e/lms/moodle-rules.ts";
import {
  fitsSuspendData,
  formatDecimal,
  formatDuration2004,
  formatPercent,
  formatResponse,
  formatResult,
  formatScaled,
  formatText,
  formatTime12,
  formatTimespan12,
  formatTimestamp2004,
} from "./cmi-formats.ts";
import type { TrackedResponse } from "./tracker.ts";

describe("durations", () => {
  it.each([
    [0, "00:00:00.00", "PT0S"],
    [3125, "00:00:03.13", "PT3.13S"],
    [3500, "00:00:03.50", "PT3.5S"],
    [65_000, "00:01:05.00", "PT1M5S"],
    [3_903_250, "01:05:03.25", "PT1H5M3.25S"],
    [59_999, "00:01:00.00", "PT1M0S"],
    [3_600_000, "01:00:00.00", "PT1H0M0S"],
  ])("%i ms is %s in 1.2 and %s in 2004", (ms, twelve, twentyFour) => {
    expect(formatTimespan12(ms)).toBe(twelve);
    expect(formatDuration2004(ms)).toBe(twentyFour);
    expect(moodleViolations("scorm12", [["cmi.core.session_time", twelve]])).toEqual([]);
    expect(moodleViolations("scorm2004", [["cmi.session_time", twentyFour]])).toEqual([]);
  });

  it("caps 1.2 hours at four digits and never goes negative", () => {
    expect(formatTimespan12(1e12)).toBe("9999:59:59.99");
    expect(formatTimespan12(-5)).toBe("00:00:00.00");
  });
});

describe("times", () => {
  const date = new Date(Date.UTC(2026, 10, 25, 9, 4, 5, 678));
  it("writes 2004 timestamps with two fractional digits and a zone after them", () => {
    expect(formatTimestamp2004(date)).toBe("2026-11-25T09:04:05.67Z");
    expect(formatTime12(date)).toBe("09:04:05");
  });
  it("leaves out timestamps Moodle cannot store (after 2038)", () => {
    expect(formatTimestamp2004(new Date(Date.UTC(2040, 0, 1)))).toBeUndefined();
  });
});

describe("numbers", () => {
  it("writes plain decimals without exponent or trailing zeros", () => {
    expect(formatDecimal(1e-7)).toBe("0");
    expect(formatDecimal(-0.001)).toBe("0");
    expect(formatDecimal(66.666_66)).toBe("66.67");
    expect(formatDecimal(80)).toBe("80");
    expect(formatPercent(140)).toBe("100");
    expect(formatScaled(0.857_14)).toBe("0.8571");
    expect(formatScaled(-3)).toBe("-1");
  });
  it("names a wrong answer `wrong` in 1.2 and `incorrect` in 2004", () => {
    expect(formatResult("incorrect", "scorm12")).toBe("wrong");
    expect(formatResult("incorrect", "scorm2004")).toBe("incorrect");
    expect(formatResult(0.5, "scorm2004")).toBe("0.5");
  });
});

describe("responses", () => {
  const cases: Array<[TrackedResponse, string | undefined, string, string]> = [
    [{ kind: "true-false", value: true }, "t", "true", "true"],
    [{ kind: "choice", ids: ["a", "c"] }, "a,c", "a[,]c", "a[,]c"],
    [{ kind: "sequencing", ids: ["c", "a", "b"] }, "c,a,b", "c[,]a[,]b", "c[,]a[,]b"],
    [
      {
        kind: "matching",
        pairs: [
          ["1", "a"],
          ["2", "b"],
        ],
      },
      "1.a,2.b",
      "1[.]a[,]2[.]b",
      "1[.]a[,]2[.]b",
    ],
    [{ kind: "likert", id: "agree" }, "agree", "agree", "agree"],
    [{ kind: "numeric", value: 12.5 }, "12.5", "12.5", "12.5"],
    [{ kind: "numeric-range", min: 10, max: 15 }, "12.5", "10[:]15", "10[:]15"],
    [{ kind: "numeric-range", min: 8, max: 9 }, "8.5", "8[:]9", "8[:]9"],
    [
      { kind: "fill-in", texts: ["Thank you"], caseMatters: false },
      "Thank you",
      "{case_matters=false}Thank you",
      "Thank you",
    ],
  ];
  it.each(cases)("formats %j", (response, twelve, pattern2004, learner2004) => {
    expect(formatResponse(response, "scorm12", true)).toBe(twelve);
    expect(formatResponse(response, "scorm2004", true)).toBe(pattern2004);
    expect(formatResponse(response, "scorm2004", false)).toBe(learner2004);
  });

  it("makes free text one line that 2004 does not read as a `{…}` modifier", () => {
    expect(formatText("  {curly}\nsecond line ", "scorm2004")).toBe(" {curly} second line");
    expect(formatText("x".repeat(300), "scorm12")).toHaveLength(255);
    expect(formatText("x".repeat(300), "scorm2004")).toHaveLength(250);
  });
});

describe("suspend data", () => {
  it("accepts ASCII records within the version's limit only", () => {
    expect(fitsSuspendData("a".repeat(4096), "scorm12")).toBe(true);
    expect(fitsSuspendData("a".repeat(4097), "scorm12")).toBe(false);
    expect(fitsSuspendData("a".repeat(64_000), "scorm2004")).toBe(true);
    expect(fitsSuspendData("café", "scorm2004")).toBe(false);
  });
});
