import { describe, expect, it } from "vitest";
import { moodleViolations } from "../../tests/e2e/lms/moodle-rules.ts";
import { formatInteractionResponses } from "./interaction-responses.ts";
import type { InteractionRecord } from "./tracker.ts";

const base: InteractionRecord = {
  id: "m.l.categorise_1",
  type: "matching",
  description: "Sort the costs",
  learnerResponse: {
    kind: "matching",
    pairs: [
      ["card_1", "fixed"],
      ["card_2", "per_jar"],
    ],
  },
  correctResponses: [
    {
      kind: "matching",
      pairs: [
        ["card_1", "per_jar"],
        ["card_2", "per_jar"],
      ],
    },
  ],
  result: "incorrect",
  weighting: 1,
  latencyMs: 1000,
  answeredAt: new Date(Date.UTC(2026, 0, 1)),
  objectiveIds: [],
};

const journal = (version: "scorm12" | "scorm2004", record: InteractionRecord) => {
  const { learner, patterns } = formatInteractionResponses(record, version);
  const field = version === "scorm12" ? "student_response" : "learner_response";
  return [
    ["cmi.interactions.0.id", record.id],
    ["cmi.interactions.0.type", record.type === "other" && version === "scorm12" ? "fill-in" : record.type],
    ...patterns.map((pattern, n) => [`cmi.interactions.0.correct_responses.${n}.pattern`, pattern]),
    ...(learner === undefined ? [] : [[`cmi.interactions.0.${field}`, learner]]),
  ] as Array<[string, string]>;
};

describe("formatInteractionResponses", () => {
  it("renames long ids to single characters in 1.2, the same way in response and pattern", () => {
    expect(formatInteractionResponses(base, "scorm12")).toEqual({
      learner: "a.c,b.d",
      patterns: ["a.d,b.d"],
    });
    expect(moodleViolations("scorm12", journal("scorm12", base))).toEqual([]);
  });

  it("keeps ids as they are in 2004, where identifiers may be long", () => {
    expect(formatInteractionResponses(base, "scorm2004")).toEqual({
      learner: "card_1[.]fixed[,]card_2[.]per_jar",
      patterns: ["card_1[.]per_jar[,]card_2[.]per_jar"],
    });
    expect(moodleViolations("scorm2004", journal("scorm2004", base))).toEqual([]);
  });

  it("leaves out a learner response that does not fit the type, or is empty", () => {
    const numeric: InteractionRecord = {
      ...base,
      type: "numeric",
      learnerResponse: { kind: "other", text: "about twenty" },
      correctResponses: [{ kind: "numeric", value: 25 }],
    };
    expect(formatInteractionResponses(numeric, "scorm2004")).toEqual({
      learner: undefined,
      patterns: ["25"],
    });
    const reflection: InteractionRecord = {
      ...base,
      type: "other",
      learnerResponse: { kind: "other", text: "" },
      correctResponses: [],
    };
    expect(formatInteractionResponses(reflection, "scorm12")).toEqual({ learner: undefined, patterns: [] });
    expect(formatInteractionResponses(reflection, "scorm2004")).toEqual({ learner: undefined, patterns: [] });
  });

  it("states a numeric answer with a tolerance as 1.2 can: one decimal, the range's middle", () => {
    const record: InteractionRecord = {
      ...base,
      type: "numeric",
      learnerResponse: { kind: "numeric", value: 8.2 },
      correctResponses: [{ kind: "numeric-range", min: 8, max: 9 }],
    };
    expect(formatInteractionResponses(record, "scorm12")).toEqual({ learner: "8.2", patterns: ["8.5"] });
    expect(formatInteractionResponses(record, "scorm2004")).toEqual({ learner: "8.2", patterns: ["8[:]9"] });
    expect(moodleViolations("scorm12", journal("scorm12", record))).toEqual([]);
    expect(moodleViolations("scorm2004", journal("scorm2004", record))).toEqual([]);
  });

  it("makes 2004 identifiers Moodle's short identifiers (no `-`, no spaces)", () => {
    const record: InteractionRecord = {
      ...base,
      type: "choice",
      learnerResponse: { kind: "choice", ids: ["opt-1", "région 2"] },
      correctResponses: [{ kind: "choice", ids: ["opt-1"] }],
    };
    expect(formatInteractionResponses(record, "scorm2004")).toEqual({
      learner: "opt_1[,]r_gion_2",
      patterns: ["opt_1"],
    });
    expect(moodleViolations("scorm2004", journal("scorm2004", record))).toEqual([]);
  });
});
