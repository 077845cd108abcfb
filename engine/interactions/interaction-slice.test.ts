import { describe, expect, it } from "vitest";
import { BANK_PATH, compileSnippet, firstInteraction, paragraph, problemAt } from "./testing.ts";

const question = (attributes: string, extra = "") => `:::single-choice{${attributes}}
What should Ama charge for a dress?

- [ ] GH₵ 5
- [x] GH₵ 12.50
${extra}:::
`;

describe("shared interaction parts", () => {
  it("defaults: not required, no hint, no feedback, no revisit", () => {
    const interaction = firstInteraction(compileSnippet(question("")));
    expect(interaction).toMatchObject({
      required: false,
      hint: [],
      feedback: { correct: [], incorrect: [], any: [] },
    });
    expect(interaction && "revisit" in interaction).toBe(false);
  });

  it("reads a bare `required` flag, `required=true` and `required=false`", () => {
    expect(firstInteraction(compileSnippet(question("required")))?.required).toBe(true);
    expect(firstInteraction(compileSnippet(question("required=true")))?.required).toBe(true);
    expect(firstInteraction(compileSnippet(question("required=false")))?.required).toBe(false);
  });

  it("reports a `required` that is not a flag", () => {
    expect(compileSnippet(question("required=yes")).problems).toEqual([problemAt(6, 1, "invalid-attribute")]);
  });

  it("takes ::hint, ::feedback and ::model out of the content wherever they stand", () => {
    const result = compileSnippet(`:::reflection
::hint[Think of last month.]
Which customer will you ask for a review?
::feedback[Thank you.]
::feedback[Well done.]{when=correct}
::feedback[Try again.]{when=incorrect}
::model[Efua, who bought two dresses.]
:::
`);
    expect(result.problems).toEqual([]);
    expect(firstInteraction(result)).toMatchObject({
      prompt: paragraph("Which customer will you ask for a review?"),
      hint: paragraph("Think of last month."),
      feedback: {
        any: paragraph("Thank you."),
        correct: paragraph("Well done."),
        incorrect: paragraph("Try again."),
      },
      modelAnswer: paragraph("Efua, who bought two dresses."),
    });
  });

  it("reports ::model where the type has no model answer", () => {
    const result = compileSnippet(question("", "\n::model[GH₵ 12.50]\n"));
    expect(result.problems).toEqual([problemAt(12, 1, "misplaced-directive")]);
  });

  it("reports a leaf directive of another type, a second hint and an empty hint", () => {
    const result = compileSnippet(
      question("", "\n::region[Price]{x=1 y=1 w=5 h=5}\n::hint[One]\n::hint[]\n"),
    );
    expect(result.problems).toEqual([
      problemAt(12, 1, "misplaced-directive"),
      problemAt(14, 1, "invalid-interaction"),
      problemAt(14, 1, "invalid-interaction"),
    ]);
  });

  it("reports a ::feedback with an unknown `when` and an attribute on ::hint", () => {
    const result = compileSnippet(question("", "\n::feedback[Hm.]{when=maybe}\n::hint[Add up.]{open}\n"));
    expect(result.problems).toEqual([
      problemAt(12, 1, "invalid-attribute"),
      problemAt(13, 1, "unknown-attribute"),
    ]);
  });

  it("reports `revisit` in a lesson", () => {
    const result = compileSnippet(question('revisit="02-customers.md"'));
    expect(result.problems).toEqual([problemAt(6, 1, "misplaced-revisit")]);
  });
});

describe("assessment bank items", () => {
  it("resolve `revisit` to a lesson id and take bank ids", () => {
    const result = compileSnippet("Some text.\n", question('revisit="01-prices.md"'));
    expect(result.problems).toEqual([]);
    expect(result.blocks).toHaveLength(1);
    expect(firstInteraction(result)).toMatchObject({
      id: "shop.bank.single_choice_1",
      revisit: "shop.prices",
    });
  });

  it("warn about a missing `revisit` but still compile", () => {
    const result = compileSnippet("Some text.\n", question(""));
    expect(result.problems).toEqual([`${BANK_PATH}:1:1 missing-revisit`]);
    expect(firstInteraction(result)?.id).toBe("shop.bank.single_choice_1");
  });

  it("report a `revisit` that names no lesson", () => {
    const result = compileSnippet("Some text.\n", question('revisit="09-nowhere.md"'));
    expect(result.problems).toEqual([`${BANK_PATH}:1:1 broken-lesson-link`]);
  });

  it("report an unscored interaction", () => {
    const poll = ':::poll{revisit="01-prices.md"}\nHow ready are you?\n\n- Ready\n- Not yet\n:::\n';
    const result = compileSnippet("Some text.\n", `${question('revisit="01-prices.md"')}\n${poll}`);
    expect(result.problems).toEqual([`${BANK_PATH}:8:1 unscored-bank-item`]);
  });
});

describe("assessment bank content", () => {
  it("reports prose and non-interaction directives, but not comments", () => {
    const bank = `<!-- source: a note -->\n\nIntro text.\n\n:::tip\nA tip.\n:::\n\n${question('revisit="01-prices.md"')}`;
    const result = compileSnippet("Some text.\n", bank);
    expect(result.problems).toEqual([
      `${BANK_PATH}:3:1 unexpected-bank-content`,
      `${BANK_PATH}:5:1 unexpected-bank-content`,
    ]);
    expect(result.model).toBeUndefined();
  });
});
