import { describe, expect, it } from "vitest";
import { behaviourOf } from "../behaviours.ts";
import { ids, interactionFrom, judge } from "../scoring-testing.ts";

const story = interactionFrom(
  "scenario",
  ':::scenario\n### An angry customer\n"My dress is late!" What do you say first?\n\n- [Say sorry and listen](#listen)\n- [Blame the courier](#blame)\n\n### Listen\nShe calms down.\n\n- [Offer a discount](#discount)\n- [Promise a date](#date)\n\n### Discount\nShe stays.\n\n::ending{outcome=okay}\n\n### Date\nShe thanks you.\n\n::ending{outcome=best}\n\n### Blame\nShe leaves a bad review.\n\n::ending{outcome=poor}\n:::\n',
);

describe("scenario scoring and tracking", () => {
  it("scores the ending reached: best 1, okay 0.5, poor 0", () => {
    expect(judge(story, ids("a", "b")).result).toMatchObject({ score: 1, correct: true });
    expect(judge(story, ids("a", "a")).result).toMatchObject({ score: 0.5, correct: false });
    expect(judge(story, ids("b")).result).toMatchObject({ score: 0, correct: false });
  });

  it("is answerable only once an ending is reached", () => {
    expect(judge(story, ids("a")).answerable).toBe(false);
    expect(judge(story, ids("z")).answerable).toBe(false);
    expect(judge(story, ids("b")).answerable).toBe(true);
  });

  it("shows the shortest path to the best ending as the answer", () => {
    expect(behaviourOf(story).scoring.correctResponse(story)).toEqual(ids("a", "b"));
  });

  it("records the path as performance steps (scene, choice)", () => {
    const [start = "", listen = ""] = story.scenes.map((scene) => scene.id);
    expect(judge(story, ids("a", "a")).tracked).toEqual({
      type: "performance",
      learnerResponse: {
        kind: "performance",
        steps: [
          [start, "a"],
          [listen, "a"],
        ],
      },
      correctResponses: [
        {
          kind: "performance",
          steps: [
            [start, "a"],
            [listen, "b"],
          ],
        },
      ],
      result: 0.5,
    });
  });
});
