import { describe, expect, it } from "vitest";
import { ids, interactionFrom, judge } from "../scoring-testing.ts";

const steps = "Order a MoMo payment.\n\n1. Dial\n2. Choose\n3. Enter ID\n4. Confirm\n:::\n";
const all = interactionFrom("sequencing", `:::sequencing\n${steps}`);
const partial = interactionFrom("sequencing", `:::sequencing{scoring=partial}\n${steps}`);
const order = all.steps.map((step) => step.id);
const [a = "", b = "", c = "", d = ""] = order;

describe("sequencing scoring and tracking", () => {
  it("is right in the authored order", () => {
    expect(judge(all, ids(...order)).result.correct).toBe(true);
    expect(judge(all, ids(...order)).tracked).toMatchObject({ type: "sequencing", result: "correct" });
  });

  it("gives the share of steps in place with partial scoring", () => {
    expect(judge(partial, ids(b, a, c, d)).result).toMatchObject({ score: 0.5, feedbackIds: [b, a] });
    expect(judge(all, ids(b, a, c, d)).result.score).toBe(0);
  });

  it("needs every step exactly once", () => {
    expect(judge(all, ids(a, a, c, d)).answerable).toBe(false);
    expect(judge(all, ids(a, b, c)).answerable).toBe(false);
  });
});
