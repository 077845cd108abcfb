import { describe, expect, it } from "vitest";
import { seededFaults } from "../../tests/e2e/lms/harness/seeded-random.ts";
import {
  addWrites,
  afterCommit,
  afterRefusedCommit,
  flushWrites,
  type PendingWrites,
  pendingInteractions,
  placeInteractions,
  SET_TRIES,
  type SetOutcome,
} from "./pending-writes.ts";

const elements = (pending: PendingWrites) => pending.map(({ element, value }) => `${element}=${value}`);

describe("the pending-writes journal", () => {
  it("keeps the latest value of a scalar element, at its latest place, and every interaction write", () => {
    let pending = addWrites(
      [],
      [
        ["cmi.location", "a"],
        ["cmi.interactions.0.id", "q1"],
        ["cmi.completion_status", "incomplete"],
      ],
    );
    pending = addWrites(pending, [
      ["cmi.location", "b"],
      ["cmi.interactions.0.result", "correct"],
      ["cmi.interactions.0.result", "incorrect"],
    ]);
    expect(elements(pending)).toEqual([
      "cmi.interactions.0.id=q1",
      "cmi.completion_status=incomplete",
      "cmi.location=b",
      "cmi.interactions.0.result=correct",
      "cmi.interactions.0.result=incorrect",
    ]);
  });

  it("sends in order and stops at a write still refused, so nothing overtakes it", () => {
    const pending = addWrites(
      [],
      [
        ["cmi.interactions.0.id", "q1"],
        ["cmi.interactions.0.type", "choice"],
        ["cmi.interactions.0.result", "correct"],
      ],
    );
    const sent: string[] = [];
    const { pending: after, complete } = flushWrites(pending, (element): SetOutcome => {
      sent.push(element);
      return element.endsWith("type") ? "refused" : "accepted";
    });
    expect(complete).toBe(false);
    expect(sent).toEqual(["cmi.interactions.0.id", ...Array(SET_TRIES).fill("cmi.interactions.0.type")]);
    expect(after.map((write) => write.accepted)).toEqual([true, false, false]);
  });

  it("drops a write the LMS rejects for good and goes on", () => {
    const pending = addWrites(
      [],
      [
        ["cmi.location", "x".repeat(2000)],
        ["cmi.suspend_data", "c1|x"],
      ],
    );
    const result = flushWrites(pending, (element) => (element === "cmi.location" ? "rejected" : "accepted"));
    expect(result.complete).toBe(true);
    expect(elements(result.pending)).toEqual(["cmi.suspend_data=c1|x"]);
  });

  it("forgets what a commit stored and sends everything again after a refused commit", () => {
    const sent = flushWrites(addWrites([], [["cmi.location", "a"]]), () => "accepted").pending;
    expect(afterRefusedCommit(sent).map((write) => write.accepted)).toEqual([false]);
    expect(afterCommit(sent)).toEqual([]);
  });

  it("reaches the LMS in order through 30% refusals, every write once accepted", () => {
    const refuse = seededFaults(7, 0.3);
    const writes = Array.from({ length: 40 }, (_, n) => [`cmi.interactions.${n}.id`, `q${n}`] as const);
    let pending = addWrites([], writes);
    const accepted: string[] = [];
    for (let flushes = 0; pending.some((write) => !write.accepted) && flushes < 50; flushes += 1) {
      pending = flushWrites(pending, (element, value) => {
        if (refuse()) return "refused";
        accepted.push(`${element}=${value}`);
        return "accepted";
      }).pending;
    }
    expect(accepted).toEqual(writes.map(([element, value]) => `${element}=${value}`));
  });
});

describe("kept interactions", () => {
  const pending = addWrites(
    [],
    [
      ["cmi.interactions.3.result", "correct"],
      ["cmi.location", "l1"],
      ["cmi.interactions.4.id", "q5"],
      ["cmi.interactions.4.result", "incorrect"],
    ],
  );

  it("are grouped by interaction without their index prefix", () => {
    expect(pendingInteractions(pending)).toEqual([
      { index: 3, writes: [["result", "correct"]] },
      {
        index: 4,
        writes: [
          ["id", "q5"],
          ["result", "incorrect"],
        ],
      },
    ]);
  });

  it("complete one the LMS already holds in place and append the others after its journal", () => {
    const kept = [
      ...pendingInteractions(pending),
      { index: undefined, writes: [["id", "offline"]] as Array<[string, string]> },
    ];
    expect(placeInteractions(kept, 4).writes).toEqual([
      ["cmi.interactions.3.result", "correct"],
      ["cmi.interactions.4.id", "q5"],
      ["cmi.interactions.4.result", "incorrect"],
      ["cmi.interactions.5.id", "offline"],
    ]);
    expect(placeInteractions(kept, 9).writes.map(([element]) => element)).toEqual([
      "cmi.interactions.3.result",
      "cmi.interactions.4.id",
      "cmi.interactions.4.result",
      "cmi.interactions.9.id",
    ]);
    expect(placeInteractions(kept, 9).count).toBe(10);
  });
});
