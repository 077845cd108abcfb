import { describe, expect, it } from "vitest";
import { displayOrder } from "./display-order.ts";

const steps = ["a", "b", "c", "d"].map((id) => ({ id }));

describe("displayOrder", () => {
  it("is the same for the same interaction and seed, and holds every item once", () => {
    const first = displayOrder(steps, "m.l.sequencing_1");
    expect(displayOrder(steps, "m.l.sequencing_1")).toEqual(first);
    expect([...first].sort((x, y) => x.id.localeCompare(y.id))).toEqual(steps);
  });

  it("changes with the seed (another assessment attempt) for some seed", () => {
    const base = displayOrder(steps, "m.bank.single_choice_1", 0).map((step) => step.id);
    const others = [1, 2, 3, 4, 5].map((seed) =>
      displayOrder(steps, "m.bank.single_choice_1", seed).map((step) => step.id),
    );
    expect(others.some((order) => order.join() !== base.join())).toBe(true);
  });

  it("never shows the source order when that is the answer", () => {
    for (let index = 0; index < 50; index++) {
      const two = [{ id: "a" }, { id: "b" }];
      expect(displayOrder(two, `m.l.sequencing_${index}`, 0, true).map((step) => step.id)).toEqual([
        "b",
        "a",
      ]);
    }
  });
});
