import { describe, expect, it } from "vitest";
import { compileSnippet, firstInteraction, problemAt } from "../testing.ts";

const hotspot = (regions: string, image = "![Esi's Facebook Page on a phone](../media/shop.svg)") =>
  `:::hotspot\nWhere is the pinned post?\n\n${image}\n\n${regions}\n:::\n`;

const two = "::region[Pinned post]{x=5 y=30 w=90 h=20 correct}\n::region[Cover photo]{x=0 y=0 w=100 h=25}";

describe(":::hotspot", () => {
  it("reads the image and the regions a…z in percent, with their labels", () => {
    const result = compileSnippet(hotspot(two));
    expect(result.problems).toEqual([]);
    expect(firstInteraction(result)).toMatchObject({
      type: "hotspot",
      image: { src: "media/shop.svg", alt: "Esi's Facebook Page on a phone" },
      regions: [
        { id: "a", x: 5, y: 30, w: 90, h: 20, correct: true, label: [{ tagName: "p" }] },
        { id: "b", x: 0, y: 0, w: 100, h: 25, correct: false },
      ],
    });
  });

  it("reports a region outside the image or of no size", () => {
    const result = compileSnippet(
      hotspot(`${two}\n::region[Side]{x=80 y=0 w=30 h=10}\n::region[Dot]{x=1 y=1 w=0 h=5}`),
    );
    expect(result.problems).toEqual([problemAt(13, 1, "invalid-region"), problemAt(14, 1, "invalid-region")]);
  });

  it("reports a region without a label or with a coordinate out of range", () => {
    const result = compileSnippet(
      hotspot(`${two}\n::region{x=1 y=1 w=5 h=5}\n::region[Far]{x=120 y=1 w=5 h=5}`),
    );
    expect(result.problems).toEqual([
      problemAt(13, 1, "invalid-interaction"),
      problemAt(14, 1, "invalid-attribute"),
    ]);
  });

  it("reports regions without a correct one", () => {
    const result = compileSnippet(
      hotspot("::region[A]{x=0 y=0 w=10 h=10}\n::region[B]{x=50 y=50 w=10 h=10}"),
    );
    expect(result.problems).toEqual([problemAt(6, 1, "missing-correct-answer")]);
  });

  it("reports fewer than 2 regions", () => {
    expect(compileSnippet(hotspot("::region[A]{x=0 y=0 w=10 h=10 correct}")).problems).toEqual([
      problemAt(6, 1, "invalid-interaction"),
    ]);
  });

  it("reports a missing or decorative image and a missing media file", () => {
    expect(compileSnippet(hotspot(two, "")).problems).toEqual([problemAt(6, 1, "invalid-interaction")]);
    expect(compileSnippet(hotspot(two, "![decorative](../media/shop.svg)")).problems).toEqual([
      problemAt(9, 1, "missing-alt-text"),
    ]);
    expect(compileSnippet(hotspot(two, "![A page](../media/none.svg)")).problems).toEqual([
      problemAt(9, 1, "missing-media"),
    ]);
  });

  it("reports content after the image and more than 26 regions", () => {
    expect(compileSnippet(hotspot(`Look closely.\n\n${two}`)).problems).toEqual([
      problemAt(11, 1, "invalid-interaction"),
    ]);
    const many = Array.from({ length: 27 }, (_, index) => `::region[R${index}]{x=0 y=0 w=1 h=1 correct}`);
    expect(compileSnippet(hotspot(many.join("\n"))).problems).toEqual([problemAt(6, 1, "too-many-items")]);
  });
});
