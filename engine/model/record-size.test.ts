import { describe, expect, it } from "vitest";
import { decodeRecord } from "../machines/progress-record/codec.ts";
import { planScope } from "../machines/scope.ts";
import { buildCourse, choice, courseMd, lessonMd } from "../machines/testing/course-fixture.ts";
import { recordSizes, worstCaseRecord } from "./record-size.ts";

/** SCORM 1.2 cmi.suspend_data: CMIString4096. */
const SCORM12_SUSPEND_DATA = 4096;

/** One interaction of each type as an author would write it (fill-in at the maximum length). */
const EXAMPLES: Record<string, (n: number) => string> = {
  singleChoice: (n) => choice(`q${n}`),
  multipleResponse: (n) =>
    `:::multiple-response{id=q${n} scoring=partial}\nWhich?\n\n- [x] A\n- [x] B\n- [ ] C\n- [ ] D\n- [ ] E\n:::\n`,
  trueFalse: (n) => `:::true-false{id=q${n}}\nTrue?\n\n- [x] True\n- [ ] False\n:::\n`,
  fillIn: (n) => `:::fill-in{id=q${n} maxlength=250}\nComplete it.\n\n- [x] contacting\n:::\n`,
  numeric: (n) => `:::numeric{id=q${n} answer=12.5 tolerance=0.5 unit="GH₵"}\nHow much?\n:::\n`,
  matching: (n) =>
    `:::matching{id=q${n}}\nMatch.\n\n| A | B |\n| --- | --- |\n| 1 | one |\n| 2 | two |\n| 3 | three |\n| 4 | four |\n:::\n`,
  sequencing: (n) => `:::sequencing{id=q${n}}\nOrder.\n\n1. One\n2. Two\n3. Three\n4. Four\n5. Five\n:::\n`,
  categorise: (n) =>
    `:::categorise{id=q${n}}\nSort.\n\n- Scam\n  - one\n  - two\n  - three\n- Safe\n  - four\n  - five\n:::\n`,
  hotspot: (n) =>
    `:::hotspot{id=q${n}}\nWhere?\n\n![A shop](../media/shop.svg)\n\n::region[Here]{x=5 y=30 w=90 h=20 correct}\n::region[There]{x=0 y=0 w=100 h=25}\n:::\n`,
  scenario: (n) =>
    `:::scenario{id=q${n}}\n### Start\nWhat now?\n\n- [Listen](#listen)\n- [Blame](#blame)\n\n### Listen\nGood.\n\n::ending{outcome=best}\n\n### Blame\nBad.\n\n::ending{outcome=poor}\n:::\n`,
  checklist: (n) => `:::checklist{id=q${n}}\nCheck:\n\n- [ ] photo\n- [ ] price\n- [ ] phone number\n:::\n`,
  reflection: (n) => `:::reflection{id=q${n} maxlength=500}\nWhat will you do?\n:::\n`,
  poll: (n) => `:::poll{id=q${n}}\nReady?\n\n- No\n- A little\n- Yes\n- Very\n:::\n`,
};

/** 60 interactions over 12 lessons: the 13 types in turn (so 4 or 5 of each, fill-ins included). */
function bigModule(): Record<string, string> {
  const makers = Object.values(EXAMPLES);
  const files: Record<string, string> = {};
  for (let lesson = 0; lesson < 12; lesson++) {
    const body = Array.from({ length: 5 }, (_, index) => {
      const n = lesson * 5 + index;
      const make = makers[n % makers.length];
      return make ? make(n) : choice(`q${n}`);
    }).join("\n---\n\n");
    files[`01-big/${String(lesson + 1).padStart(2, "0")}-lesson${lesson + 1}.md`] = lessonMd(
      `Lesson ${lesson + 1}`,
      body,
    );
  }
  return files;
}

/** Eight small modules, each with a bank of 6 items (one fill-in at 250), so 2 per module draw 16. */
function bankModules(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let module = 2; module <= 9; module++) {
    const folder = `0${module}-m${module}`;
    files[`${folder}/01-only.md`] = lessonMd("Only", "Read.");
    const bank = [
      EXAMPLES.fillIn?.(0) ?? "",
      ...[1, 2, 3, 4].map((n) => choice(`b${n}`)),
      EXAMPLES.matching?.(5) ?? "",
    ];
    files[`${folder}/assessment.md`] = bank
      .map((item) => item.replace(/\{id=[a-z]*\d+/, "{revisit=01-only.md"))
      .join("\n");
  }
  return files;
}

describe("worst-case progress record size", () => {
  const course = buildCourse({
    "course.md": courseMd(),
    "media/shop.svg": "<svg/>",
    ...bigModule(),
    ...bankModules(),
  });
  const sizes = recordSizes(course);
  const big = sizes.modules.get("big") ?? Number.POSITIVE_INFINITY;

  it("counts 60 interactions in the big module and 16 drawn items", () => {
    expect(planScope(course, { kind: "module", moduleId: "big" }).interactions).toHaveLength(60);
    expect(course.modules.flatMap((module) => module.bank).length).toBe(48);
    expect(course.assessment.perModule * (course.modules.length - 1)).toBe(16);
  });

  it("fits a 60-interaction module plus a 16-item assessment in SCORM 1.2 suspend_data", () => {
    console.info(
      `worst case: module ${big}, assessment ${sizes.assessment}, together ${big + sizes.assessment}`,
    );
    expect(big + sizes.assessment).toBeLessThanOrEqual(SCORM12_SUSPEND_DATA);
  });

  it("is a real record: ASCII, and decodes back in full", () => {
    const scope = { kind: "module", moduleId: "big" } as const;
    const record = worstCaseRecord(course, scope);
    expect(record).toMatch(/^[\x20-\x7e]+$/);
    const decoded = decodeRecord(planScope(course, scope), record);
    expect(decoded.recovery).toBe("restored");
    expect(Object.keys(decoded.progress.interactions)).toHaveLength(60);
  });
});
