import { describe, expect, it } from "vitest";
import {
  activityGrade,
  courseTotalPercent,
  type GradeMethod,
  gradeAttempt,
  type StoredSco,
} from "../e2e/lms/moodle-grading.ts";

const sco12 = (status: string, raw?: string): StoredSco => ({
  "cmi.core.lesson_status": status,
  ...(raw === undefined ? {} : { "cmi.core.score.raw": raw }),
});

describe("Moodle's scorm_grade_user_attempt over stored SCO values", () => {
  const scos = [sco12("passed", "80"), sco12("completed", "0"), sco12("incomplete", "40")];

  it.each<[GradeMethod, number]>([
    ["highest", 80],
    // The raw of exactly 0 is skipped by !empty(): (80 + 40) / 2, not / 3.
    ["average", 60],
    ["sum", 120],
    ["learning-objects", 2],
  ])("grades by %s", (method, grade) => {
    expect(gradeAttempt(method, scos)).toBe(grade);
  });

  it("takes 2004 status from completion_status only, never success_status", () => {
    const passedButIncomplete: StoredSco = {
      "cmi.completion_status": "incomplete",
      "cmi.success_status": "passed",
      "cmi.score.raw": "90",
    };
    expect(gradeAttempt("learning-objects", [passedButIncomplete])).toBe(0);
    expect(gradeAttempt("highest", [passedButIncomplete])).toBe(90);
    expect(gradeAttempt("learning-objects", [{ "cmi.completion_status": "completed" }])).toBe(1);
  });

  it("reads raw as sprintf('%2.2f') does, and an unopened SCO not at all", () => {
    expect(gradeAttempt("highest", [sco12("completed", "85.456")])).toBe(85.46);
    expect(gradeAttempt("highest", [sco12("completed", "lots")])).toBe(0);
    expect(gradeAttempt("average", [{}, sco12("not attempted")])).toBe(0);
    expect(gradeAttempt("learning-objects", [{}, sco12("browsed")])).toBe(0);
  });
});

describe("grades in the gradebook", () => {
  it("puts Learning objects out of the SCO count and the others out of the maximum grade", () => {
    expect(activityGrade("learning-objects", [sco12("completed"), sco12("incomplete")])).toEqual({
      grade: 1,
      max: 2,
    });
    expect(activityGrade("sum", [sco12("passed", "90"), sco12("passed", "70")])).toEqual({
      grade: 100,
      max: 100,
    });
  });

  it("shows the misleading 0 of a completed module without a score (STANDARDS.md §6.9)", () => {
    const unscored = activityGrade("highest", [sco12("completed")]);
    const assessment = activityGrade("highest", [sco12("passed", "100")]);
    expect(unscored).toEqual({ grade: 0, max: 100 });
    expect(courseTotalPercent([unscored, unscored, unscored, assessment])).toBe(25);
    const fullMarks = activityGrade("highest", [sco12("completed", "100")]);
    expect(courseTotalPercent([fullMarks, fullMarks, fullMarks, assessment])).toBe(100);
  });

  it("leaves an activity whose maximum grade is 0 out of the total", () => {
    const ungraded = activityGrade("highest", [sco12("completed")], 0);
    const assessment = activityGrade("highest", [sco12("passed", "75")]);
    expect(courseTotalPercent([ungraded, ungraded, assessment])).toBe(75);
    expect(courseTotalPercent([])).toBe(0);
  });
});
