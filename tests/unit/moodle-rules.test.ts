import { describe, expect, it } from "vitest";
import { moodleViolations } from "../e2e/lms/moodle-rules.ts";

/** The oracle itself must reject the values STANDARDS.md §1.4, §2.5 and §6.3 list as rejected by Moodle. */
describe("Moodle's rules as data", () => {
  it.each([
    ["scorm12", "cmi.core.session_time", "0:05:30"],
    ["scorm12", "cmi.core.score.raw", "1000"],
    ["scorm12", "cmi.core.score.raw", "1e-7"],
    ["scorm12", "cmi.core.lesson_status", "not attempted"],
    ["scorm12", "cmi.suspend_data", "a".repeat(4097)],
    ["scorm2004", "cmi.session_time", "PT3.125S"],
    ["scorm2004", "cmi.session_time", "P1W"],
    ["scorm2004", "cmi.score.scaled", ".5"],
    ["scorm2004", "cmi.interactions.0.timestamp", "2026-11-25T10:00:00.123Z"],
  ] as const)("%s rejects a bad %s", (version, element, value) => {
    expect(moodleViolations(version, [[element, value]])).toContain(
      `${element} = ${JSON.stringify(value)} fails Moodle's rule`,
    );
  });

  it("rejects `opt-1` as a 2004 choice response and `incorrect` as a 1.2 result", () => {
    const interaction = (version: "scorm12" | "scorm2004", more: Array<[string, string]>) =>
      moodleViolations(version, [
        ["cmi.interactions.0.id", "q1"],
        ["cmi.interactions.0.type", "choice"],
        ...more,
      ]);
    expect(interaction("scorm2004", [["cmi.interactions.0.learner_response", "opt-1"]])).toHaveLength(1);
    expect(interaction("scorm2004", [["cmi.interactions.0.learner_response", "opt_1"]])).toEqual([]);
    expect(interaction("scorm12", [["cmi.interactions.0.result", "incorrect"]])).toHaveLength(1);
    expect(interaction("scorm12", [["cmi.interactions.0.student_response", "ab"]])).toHaveLength(1);
  });

  it("rejects responses set before the interaction's type (Moodle error 408)", () => {
    expect(
      moodleViolations("scorm2004", [
        ["cmi.interactions.0.id", "q1"],
        ["cmi.interactions.0.learner_response", "a"],
        ["cmi.interactions.0.type", "choice"],
      ]),
    ).toContain("cmi.interactions.0.learner_response set before cmi.interactions.0.type");
  });
});
