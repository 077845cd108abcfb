import { describe, expect, it } from "vitest";
import { interactionFrom, judge, pairs } from "../scoring-testing.ts";

const table = (attributes: string) =>
  interactionFrom(
    "matching",
    `:::matching${attributes}\nMatch each problem with its fix.\n\n| Problem | Fix |\n| --- | --- |\n| Dark photo | Use daylight |\n| Messy background | Use a plain cloth |\n|  | Add a filter |\n:::\n`,
  );

describe("matching scoring and tracking", () => {
  const all = table("");
  const partial = table("{scoring=partial}");
  const [dark, messy] = all.sources;
  const right = all.sources.map((source) => [source.id, source.target]) as Array<[string, string]>;
  const distractor = all.targets.find((target) => !all.sources.some((source) => source.target === target.id));

  it("is right when every left item has its match", () => {
    expect(judge(all, pairs(...right)).result).toMatchObject({ score: 1, correct: true });
  });

  it("gives a share per right pair with partial scoring, 0 without", () => {
    if (!dark || !messy || !distractor) throw new Error("fixture");
    const half = pairs([dark.id, dark.target], [messy.id, distractor.id]);
    expect(judge(partial, half).result).toMatchObject({ score: 0.5, feedbackIds: [messy.id] });
    expect(judge(all, half).result.score).toBe(0);
    expect(judge(partial, half).tracked).toMatchObject({
      type: "matching",
      result: 0.5,
      correctResponses: [{ pairs: right }],
    });
  });

  it("needs every left item matched to submit", () => {
    expect(judge(all, pairs(...right.slice(0, 1))).answerable).toBe(false);
  });
});
