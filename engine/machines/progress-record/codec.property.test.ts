import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InteractionResponse } from "../../interactions/behaviour.ts";
import type { PlayerProgress } from "../course.machine.ts";
import type { InteractionProgress } from "../interaction-progress.ts";
import { planScope } from "../scope.ts";
import { shopCourse } from "../testing/course-fixture.ts";
import { decodeRecord, encodeRecord } from "./codec.ts";
import { INTERACTION_PHASES } from "./record-format.ts";

const course = shopCourse();
const plan = planScope(course, { kind: "course" });
const steps = plan.steps.map((step) => step.address);
/** Only lesson screens are kept as visited (the assessment step counts by its attempts). */
const screens = plan.steps.flatMap((step) => (step.kind === "screen" ? [step.address] : []));

/** Any short text: ASCII, separators, escapes, non-Latin, emoji. */
const anyText = fc.string({ unit: "binary", maxLength: 12 });
/** Ids are never empty (option letters, scene slugs); an empty one would read back as no id. */
const anyId = fc.string({ unit: "binary", minLength: 1, maxLength: 6 });
const response: fc.Arbitrary<InteractionResponse> = fc.oneof(
  fc.record({ kind: fc.constant("ids" as const), ids: fc.array(anyId, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant("text" as const), text: anyText }),
  fc.record({
    kind: fc.constant("pairs" as const),
    pairs: fc.array(fc.tuple(anyText, anyText), { maxLength: 3 }),
  }),
);
const interaction: fc.Arbitrary<InteractionProgress> = fc.record({
  phase: fc.constantFrom(...INTERACTION_PHASES),
  response: fc.option(response, { nil: undefined }),
  attemptsUsed: fc.integer({ min: 1, max: 35 }),
  hintShown: fc.boolean(),
});
const progress: fc.Arbitrary<PlayerProgress> = fc.record({
  location: fc.constantFrom(...steps),
  visited: fc.subarray(screens),
  interactions: fc
    .array(fc.tuple(fc.constantFrom(...plan.interactions.map((item) => item.id)), interaction))
    .map((entries): Record<string, InteractionProgress> => Object.fromEntries(entries)),
  assessment: fc.option(
    fc.record({
      phase: fc.constantFrom("ready" as const, "answering" as const, "review" as const),
      seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      attemptsUsed: fc.integer({ min: 0, max: 1295 }),
      itemIds: fc.subarray(plan.bank.map((item) => item.id)),
      responses: fc.constant({}),
    }),
    { nil: undefined },
  ),
});

/** The decoder lists visited screens in plan order. */
const inPlanOrder = (visited: string[]) => screens.filter((address) => visited.includes(address));

describe("progress record codec, properties", () => {
  it("restores any progress exactly (text of any characters included)", () => {
    fc.assert(
      fc.property(progress, (saved) => {
        const decoded = decodeRecord(plan, encodeRecord(plan, saved));
        expect(decoded.recovery).toBe("restored");
        expect(decoded.progress).toEqual({ ...saved, visited: inPlanOrder(saved.visited) });
      }),
    );
  });

  it("writes printable ASCII only", () => {
    fc.assert(
      fc.property(progress, (saved) => {
        expect(encodeRecord(plan, saved)).toMatch(/^[\x20-\x7e]+$/);
      }),
    );
  });
});
