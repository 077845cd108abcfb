import { describe, expect, it } from "vitest";
import { compileFiles, compileModel, lesson } from "../../tests/unit/support/in-memory-course.ts";
import type { CourseModel } from "./schema.ts";

function choice(question: string, attributes = ""): string {
  return `:::single-choice${attributes}\n${question}\n\n- [x] Yes\n- [ ] No\n:::\n`;
}

function interactionIds(model: CourseModel): string[] {
  return model.modules.flatMap((module) =>
    module.lessons.flatMap((lesson) =>
      lesson.screens.flatMap((screen) =>
        screen.blocks.flatMap((block) => (block.kind === "interaction" ? [block.id] : [])),
      ),
    ),
  );
}

const lessonIds = (model: CourseModel) =>
  model.modules.flatMap((module) => module.lessons.map(({ id }) => id));

describe("derived ids", () => {
  it("are <module>.<lesson>.<type>_<n>, counted per type", () => {
    const body = `${choice("First?")}\n${choice("Second?")}\n:::true-false\nTrue?\n\n- [x] True\n- [ ] False\n:::\n`;
    const model = compileModel({ "01-prices/02-set-a-price.md": lesson(body) });
    expect(interactionIds(model)).toEqual([
      "prices.set_a_price.single_choice_1",
      "prices.set_a_price.single_choice_2",
      "prices.set_a_price.true_false_1",
    ]);
  });

  it("do not change when the wording or the surrounding prose changes", () => {
    const before = compileModel({
      "01-prices/01-cost.md": lesson(`Intro.\n\n${choice("What does a jar cost?")}\nOutro.\n`),
    });
    const after = compileModel({
      "01-prices/01-cost.md": lesson(
        `A new first paragraph.\n\n## A new heading\n\nIntro, reworded.\n\n${choice("How much is one jar?")}\nA different ending.\n`,
      ),
    });
    expect(interactionIds(after)).toEqual(interactionIds(before));
    expect(interactionIds(before)).toEqual(["prices.cost.single_choice_1"]);
  });

  it("keep module and lesson ids when folders and files are renumbered", () => {
    const before = compileModel({ "01-prices/01-cost.md": lesson(choice("Q?")) });
    const after = compileModel({ "05-prices/03-cost.md": lesson(choice("Q?")) });
    expect(after.modules.map(({ id }) => id)).toEqual(["prices"]);
    expect(lessonIds(after)).toEqual(lessonIds(before));
    expect(interactionIds(after)).toEqual(interactionIds(before));
  });
});

describe("explicit ids", () => {
  it("win over the derived id", () => {
    const model = compileModel({ "01-prices/01-cost.md": lesson(choice("Q?", "{id=jar_cost}")) });
    expect(interactionIds(model)).toEqual(["jar_cost"]);
  });

  it("are rejected when not lowercase letters, digits, `_` and `.`", () => {
    const { model, report } = compileFiles({ "01-prices/01-cost.md": lesson(choice("Q?", "{id=Jar-Cost}")) });
    expect(model).toBeUndefined();
    expect(report.diagnostics).toMatchObject([
      { file: "01-prices/01-cost.md", line: 7, column: 1, ruleId: "invalid-id" },
    ]);
    expect(report.diagnostics[0]?.message).toContain("`Jar-Cost`");
  });
});

describe("duplicate ids", () => {
  it("name the place of the first use", () => {
    const { report } = compileFiles({
      "01-prices/01-cost.md": lesson(`Intro.\n\n${choice("Q?", "{id=jar_cost}")}`),
      "01-prices/02-margin.md": lesson(choice("Q?", "{id=jar_cost}")),
    });
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        file: "01-prices/02-margin.md",
        line: 7,
        ruleId: "duplicate-id",
        message: "Duplicate id `jar_cost`, already used at 01-prices/01-cost.md:9:1",
      }),
    ]);
  });

  it("catch an explicit id equal to another interaction's derived id", () => {
    const { report } = compileFiles({
      "01-prices/01-cost.md": lesson(choice("Q?")),
      "01-prices/02-margin.md": lesson(choice("Q?", "{id=prices.cost.single_choice_1}")),
    });
    expect(report.diagnostics.map(({ ruleId, message }) => [ruleId, message])).toEqual([
      [
        "duplicate-id",
        "Duplicate id `prices.cost.single_choice_1`, already used at 01-prices/01-cost.md:7:1",
      ],
    ]);
  });

  it("name the other folder when two module folders give the same id", () => {
    const { report } = compileFiles({
      "01-prices/01-cost.md": lesson("One."),
      "02-prices/01-margin.md": lesson("Two."),
    });
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        file: "02-prices/01-margin.md",
        ruleId: "duplicate-id",
        message: "Duplicate module id `prices` from `02-prices/`, already used by `01-prices/`",
      }),
    ]);
  });

  it("name the other file when two lesson files give the same id", () => {
    const { model, report } = compileFiles({
      "01-prices/01-cost.md": lesson("One."),
      "01-prices/02-Cost!.md": lesson("Two."),
    });
    expect(model).toBeUndefined();
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        file: "01-prices/02-Cost!.md",
        ruleId: "duplicate-id",
        message:
          "Duplicate lesson id `prices.cost` from `01-prices/02-Cost!.md`, already used by `01-prices/01-cost.md`",
      }),
    ]);
  });
});
