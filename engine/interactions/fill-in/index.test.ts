import { describe, expect, it } from "vitest";
import { compileSnippet, firstInteraction, problemAt } from "../testing.ts";

const fillIn = (attributes: string, answers: string) => `:::fill-in{${attributes}}
Complete the reply: "Thank you for ___ Efua's Phone Repairs."

${answers}
:::
`;

describe(":::fill-in", () => {
  it("reads accepted texts, patterns as written (Markdown escapes kept) and wrong answers with feedback", () => {
    const result = compileSnippet(
      fillIn(
        "maxlength=40",
        "- [x] contacting\n- [x] /^12\\.50$/\n- [ ] calling\n  > It was a chat message.",
      ),
    );
    expect(result.problems).toEqual([]);
    expect(firstInteraction(result)).toMatchObject({
      type: "fill-in",
      maxlength: 40,
      caseSensitive: false,
      modelAnswer: [],
      answers: [
        { id: "a", correct: true, match: { kind: "text", text: "contacting" }, feedback: [] },
        { id: "b", correct: true, match: { kind: "pattern", source: "^12\\.50$", flags: "iu" } },
        { id: "c", correct: false, match: { kind: "text", text: "calling" }, feedback: [{ tagName: "p" }] },
      ],
    });
  });

  it("defaults maxlength to 80; case-sensitive drops the i flag", () => {
    const interaction = firstInteraction(compileSnippet(fillIn("case-sensitive", "- [x] /^MoMo$/")));
    expect(interaction).toMatchObject({
      maxlength: 80,
      caseSensitive: true,
      answers: [{ match: { flags: "u" } }],
    });
  });

  it("reports an invalid and an unsafe pattern at the answer", () => {
    const result = compileSnippet(fillIn("", "- [x] /(unclosed/\n- [x] /(a+)+$/\n- [x] done"));
    expect(result.problems).toEqual([
      problemAt(9, 7, "invalid-pattern"),
      problemAt(10, 7, "invalid-pattern"),
    ]);
    expect(result.model).toBeUndefined();
  });

  it("reports answers without a correct one", () => {
    expect(compileSnippet(fillIn("", "- [ ] calling")).problems).toEqual([
      problemAt(6, 1, "missing-correct-answer"),
    ]);
  });

  it("reports a maxlength out of range and an accepted answer longer than maxlength", () => {
    expect(compileSnippet(fillIn("maxlength=300", "- [x] done")).problems).toEqual([
      problemAt(6, 1, "invalid-attribute"),
    ]);
    expect(compileSnippet(fillIn("maxlength=4", "- [x] contacting")).problems).toEqual([
      problemAt(9, 1, "invalid-attribute"),
    ]);
  });

  it("reports an answer without a checkbox, a missing list and a missing question", () => {
    expect(compileSnippet(fillIn("", "- [x] done\n- calling")).problems).toEqual([
      problemAt(10, 1, "invalid-interaction"),
    ]);
    expect(compileSnippet(fillIn("", "")).problems).toEqual([problemAt(6, 1, "invalid-interaction")]);
    expect(compileSnippet(":::fill-in\n- [x] done\n:::\n").problems).toEqual([
      problemAt(6, 1, "missing-prompt"),
    ]);
  });

  it("reports more than 26 answers", () => {
    const answers = Array.from({ length: 27 }, (_, index) => `- [x] answer ${index}`).join("\n");
    expect(compileSnippet(fillIn("", answers)).problems).toEqual([problemAt(9, 1, "too-many-items")]);
  });
});

describe(":::fill-in answers as written", () => {
  it("keeps a colon, undoes Markdown escapes and never reads an answer as Markdown", () => {
    const result = compileSnippet(fillIn("", "- [x] 8:30\n- [x] \\*170#\n- [x] /a:b/"));
    expect(result.problems).toEqual([]);
    expect(firstInteraction(result)).toMatchObject({
      answers: [
        { match: { kind: "text", text: "8:30" } },
        { match: { kind: "text", text: "*170#" } },
        { match: { kind: "pattern", source: "a:b" } },
      ],
    });
  });
});
