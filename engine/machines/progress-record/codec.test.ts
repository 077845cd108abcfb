import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PlayerProgress } from "../course.machine.ts";
import { planScope } from "../scope.ts";
import { buildCourse, choice, lessonMd, shopCourse } from "../testing/course-fixture.ts";
import { decodeRecord, encodeRecord } from "./codec.ts";

const course = shopCourse();
const plan = planScope(course, { kind: "course" });

const progress: PlayerProgress = {
  location: "shop.customers/1",
  visited: ["shop.prices/1", "shop.prices/2", "shop.customers/1"],
  interactions: {
    price: { phase: "feedback", response: { kind: "ids", ids: ["b"] }, attemptsUsed: 1, hintShown: false },
    thank: { phase: "answering", response: { kind: "ids", ids: ["a"] }, attemptsUsed: 1, hintShown: true },
  },
  assessment: {
    phase: "answering",
    seed: 123456789,
    attemptsUsed: 1,
    itemIds: ["bank_2", "bank_1", "web_1", "web_2"],
    responses: { bank_2: { kind: "ids", ids: ["a"] }, web_1: { kind: "ids", ids: ["b"] } },
  },
};

/** Progress with only a typed answer to the fill-in `greet`, its feedback showing. */
function greetAnswered(text: string): PlayerProgress {
  return {
    location: undefined,
    visited: [],
    assessment: undefined,
    interactions: {
      greet: { phase: "feedback", response: { kind: "text", text }, attemptsUsed: 1, hintShown: false },
    },
  };
}

describe("progress record codec", () => {
  it("round-trips the screen, visited screens, answers, attempts and the assessment draw", () => {
    const record = encodeRecord(plan, progress);
    expect(record).toMatch(/^[\x20-\x7e]+$/);
    expect(decodeRecord(plan, record)).toEqual({ progress, recovery: "restored", dropped: 0 });
  });

  it("is compact: keyed by 6-character hashes of the stable ids", () => {
    const record = encodeRecord(plan, progress);
    expect(record).not.toContain("price");
    expect(record.length).toBeLessThan(120);
  });

  it("escapes any text into ASCII and back", () => {
    const withText = buildCourse({
      "01-shop/01-prices.md": lessonMd("Prices", ":::fill-in{id=greet}\nSay hi.\n\n- [x] hello\n:::\n"),
    });
    const textPlan = planScope(withText, { kind: "course" });
    const typed = "GH₵ 5; ~ok|👋";
    const record = encodeRecord(textPlan, greetAnswered(typed));
    expect(record).toMatch(/^[\x20-\x7e]+$/);
    expect(decodeRecord(textPlan, record).progress.interactions.greet?.response).toEqual({
      kind: "text",
      text: typed,
    });
  });

  it("keeps a long fill-in answer by the authored answer it matched (the text stays on the device)", () => {
    const withText = buildCourse({
      "01-shop/01-prices.md": lessonMd(
        "Prices",
        ":::fill-in{id=greet maxlength=250}\nSay hi.\n\n- [x] /^akwaaba/\n:::\n",
      ),
    });
    const textPlan = planScope(withText, { kind: "course" });
    const long = `Akwaaba ${"₵".repeat(40)}`;
    const record = encodeRecord(textPlan, greetAnswered(long));
    expect(record.length).toBeLessThan(60);
    const restored = decodeRecord(textPlan, record).progress.interactions.greet;
    expect(restored?.response).toEqual({ kind: "ids", ids: ["a"] });
  });

  it("starts fresh without a record", () => {
    expect(decodeRecord(plan, undefined).recovery).toBe("fresh");
    expect(decodeRecord(plan, "").recovery).toBe("fresh");
  });

  it("resets on an unknown (older or newer) version, without throwing", () => {
    const record = encodeRecord(plan, progress).replace(/^c1/, "c0");
    expect(decodeRecord(plan, record)).toMatchObject({
      recovery: "reset",
      progress: { visited: [] },
    });
  });

  it("recovers what it can from a truncated record and says so", () => {
    const record = encodeRecord(plan, progress);
    const cut = record.slice(0, record.indexOf("|", record.indexOf("|", 4) + 1) + 20);
    const decoded = decodeRecord(plan, cut);
    expect(decoded.recovery).toBe("partial");
    expect(decoded.progress.location).toBe("shop.customers/1");
    expect(decoded.progress.visited.length).toBeGreaterThan(0);
  });

  it("reads a record whose checksum alone was cut as whole, but says it was damaged", () => {
    const record = encodeRecord(plan, progress);
    const decoded = decodeRecord(plan, record.slice(0, -2));
    expect(decoded.recovery).toBe("partial");
    expect(decoded.progress).toEqual(progress);
  });

  it("drops a corrupted entry and keeps the rest", () => {
    const record = encodeRecord(plan, progress);
    const [head = "", interactions = "", ...rest] = record.split("|").slice(2);
    const broken = interactions.replace(/,ib/, ",ib~zz");
    const decoded = decodeRecord(plan, ["c1", record.split("|")[1], head, broken, ...rest].join("|"));
    expect(decoded.recovery).toBe("partial");
    expect(decoded.progress.interactions.price).toBeUndefined();
    expect(decoded.progress.interactions.thank).toEqual(progress.interactions.thank);
  });

  it("never throws on garbage and never returns more than it can place", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (garbage) => {
        const decoded = decodeRecord(plan, garbage);
        expect(["fresh", "reset", "partial", "restored"]).toContain(decoded.recovery);
      }),
    );
    const record = encodeRecord(plan, progress);
    fc.assert(
      fc.property(fc.nat({ max: record.length }), fc.nat({ max: record.length }), (at, length) => {
        const damaged = record.slice(0, at) + record.slice(at + length);
        expect(() => decodeRecord(plan, damaged)).not.toThrow();
      }),
    );
  });
});

describe("progress record after republishing", () => {
  const before = buildCourse({
    "01-shop/01-prices.md": lessonMd("Prices", `${choice("one")}\n${choice("two")}\n${choice("three")}`),
  });
  const saved: PlayerProgress = {
    location: "shop.prices/1",
    visited: ["shop.prices/1"],
    interactions: Object.fromEntries(
      ["one", "two", "three"].map((id) => [
        id,
        {
          phase: "feedback" as const,
          response: { kind: "ids" as const, ids: ["b"] },
          attemptsUsed: 1,
          hintShown: false,
        },
      ]),
    ),
    assessment: undefined,
  };
  const record = encodeRecord(planScope(before, { kind: "course" }), saved);
  const reopen = (body: string) => {
    const after = buildCourse({ "01-shop/01-prices.md": lessonMd("Prices", body) });
    return decodeRecord(planScope(after, { kind: "course" }), record);
  };

  it("restores known ids and starts an added interaction fresh", () => {
    const decoded = reopen(`${choice("one")}\n${choice("added")}\n${choice("two")}\n${choice("three")}`);
    expect(Object.keys(decoded.progress.interactions).sort()).toEqual(["one", "three", "two"]);
    expect(decoded).toMatchObject({ recovery: "restored", dropped: 0 });
  });

  it("drops a removed interaction", () => {
    const decoded = reopen(`${choice("one")}\n${choice("three")}`);
    expect(Object.keys(decoded.progress.interactions).sort()).toEqual(["one", "three"]);
    expect(decoded).toMatchObject({ recovery: "restored", dropped: 1 });
  });

  it("follows reordered interactions by id", () => {
    const decoded = reopen(`${choice("three")}\n${choice("one")}\n${choice("two")}`);
    expect(decoded.progress.interactions).toEqual(saved.interactions);
  });

  it("resumes on the last screen of a lesson that lost screens", () => {
    const longer = buildCourse({
      "01-shop/01-prices.md": lessonMd("Prices", `A\n\n---\n\nB\n\n---\n\n${choice("one")}`),
    });
    const longPlan = planScope(longer, { kind: "course" });
    const onThird = encodeRecord(longPlan, { ...saved, location: "shop.prices/3", interactions: {} });
    const decoded = decodeRecord(planScope(before, { kind: "course" }), onThird);
    expect(decoded.progress.location).toBe("shop.prices/1");
  });
});
