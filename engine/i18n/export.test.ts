import { describe, expect, it } from "vitest";
import { COURSE_FRONTMATTER, compileModel, lesson } from "../../tests/unit/support/in-memory-course.ts";
import { collectSourceUnits, exportTranslation } from "./export.ts";
import { readXliff } from "./xliff-read.ts";

const VARIABLES = new Map([
  ["shop_name", "Ama's Tailoring"],
  ["price", "12.5"],
]);

function courseWith(prose: string, option = "A fitted dress") {
  return compileModel({
    "course.md": COURSE_FRONTMATTER,
    "glossary.md": "## Margin\n\nWhat is left after costs.\n",
    "01-basics/01-intro.md": lesson(
      `${prose}\n\n:::single-choice\nWhich sells?\n\n- [x] ${option}\n  > Right.\n- [ ] A torn dress\n:::\n`,
    ),
  });
}

const PROSE =
  "Welcome to {{shop_name}}: *sew* a [hem](https://example.org) and keep the :term[margin].\n\nA second paragraph.";

describe("translation export", () => {
  it("gives every text a unit whose id comes from the model, not the wording", () => {
    const before = collectSourceUnits(courseWith(PROSE), VARIABLES);
    const after = collectSourceUnits(
      courseWith(PROSE.replace("second", "reworded"), "A well-fitted dress"),
      VARIABLES,
    );
    expect(after.map((unit) => unit.id)).toEqual(before.map((unit) => unit.id));
    expect(before.map((unit) => unit.id)).toEqual(
      expect.arrayContaining([
        "course:title",
        "course:objective.1",
        "glossary:margin:term",
        "glossary:margin:definition-0",
        "lesson:basics.intro:title",
        "lesson:basics.intro:s1.b1-0",
        "lesson:basics.intro:s1.b1-2",
        "interaction:basics.intro.single_choice_1:prompt-0",
        "interaction:basics.intro.single_choice_1:options.a.content-0",
        "interaction:basics.intro.single_choice_1:options.a.feedback-0",
      ]),
    );
    const changed = after.filter((unit, index) => unit.segment.hash !== before[index]?.segment.hash);
    expect(changed.map((unit) => unit.id)).toEqual([
      "lesson:basics.intro:s1.b1-2",
      "interaction:basics.intro.single_choice_1:options.a.content-0",
    ]);
  });

  it("protects inline markup and variables as placeholders that read back intact", () => {
    const { xliff, units } = exportTranslation(courseWith(PROSE), VARIABLES, { lang: "fr" });
    const paragraph = xliff.split("\n").find((line) => line.includes("<source>Welcome to"));
    expect(paragraph).toBe(
      `        <source>Welcome to <ph id="1" type="other" disp="{{shop_name}}" equiv="Ama's Tailoring" canDelete="no"/>: ` +
        '<pc id="2" type="fmt" subType="xlf:i" dispStart="em" dispEnd="/em" canDelete="no">sew</pc> a ' +
        '<pc id="3" type="link" dispStart="a" dispEnd="/a" canDelete="no">hem</pc> and keep the ' +
        '<pc id="4" type="other" dispStart="term" dispEnd="/term" canDelete="no">margin</pc>.</source>',
    );
    const read = readXliff(xliff);
    if ("error" in read) throw new Error(read.error);
    expect(read.document.units).toHaveLength(units);
    expect(read.document).toMatchObject({ version: "2.0", srcLang: "en", trgLang: "fr" });
    expect(read.document.units.every((unit) => /^[0-9a-f]{16}$/.test(unit.hash ?? ""))).toBe(true);
  });

  it("keeps up-to-date targets of the previous file and notes the old text of changed ones", () => {
    const first = exportTranslation(courseWith(PROSE), VARIABLES, { lang: "fr" }).xliff;
    const translated = first
      .replace(
        "<source>A second paragraph.</source>",
        "<source>A second paragraph.</source><target>Un second paragraphe.</target>",
      )
      .replace(
        "<source>Which sells?</source>",
        "<source>Which sells?</source><target>Lequel se vend ?</target>",
      );
    const read = readXliff(translated);
    if ("error" in read) throw new Error(read.error);
    const next = exportTranslation(courseWith(PROSE.replace("second", "reworded")), VARIABLES, {
      lang: "fr",
      previous: read.document,
    }).xliff;
    expect(next).toContain("<target>Lequel se vend ?</target>");
    expect(next).not.toContain("<target>Un second paragraphe.</target>");
    expect(next).toContain(
      "<note>The source changed; the earlier translation was: Un second paragraphe.</note>",
    );
  });
});
