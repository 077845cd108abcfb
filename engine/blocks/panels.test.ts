import { describe, expect, it } from "vitest";
import { compileSnippet, problemAt } from "../interactions/testing.ts";

const heading = (value: string) => [
  { type: "element", tagName: "p", properties: {}, children: [{ type: "text", value }] },
];

describe("accordion, tabs and flip cards", () => {
  it.each(["accordion", "tabs", "flip-cards"])(
    "`:::%s` reads `###` sections with slug ids and block content",
    (variant) => {
      const result = compileSnippet(
        `::::${variant}\n### MTN MoMo\nDial *170#.\n\n:::tip\nKeep your PIN secret.\n:::\n\n### Telecel Cash\nDial *110#.\n\n### MTN MoMo\nAgain.\n::::\n`,
      );
      expect(result.problems).toEqual([]);
      expect(result.blocks).toMatchObject([
        {
          kind: "panels",
          variant,
          panels: [
            {
              id: "mtn_momo",
              heading: heading("MTN MoMo"),
              content: [{ kind: "prose" }, { kind: "callout" }],
            },
            { id: "telecel_cash", heading: heading("Telecel Cash"), content: [{ kind: "prose" }] },
            { id: "mtn_momo_2", content: [{ kind: "prose" }] },
          ],
        },
      ]);
    },
  );

  it("allows one accordion panel or flip card, but tabs need two", () => {
    expect(compileSnippet(":::accordion\n### Fees\nGH₵ 1.\n:::\n").problems).toEqual([]);
    expect(compileSnippet(":::tabs\n### Fees\nGH₵ 1.\n:::\n").problems).toEqual([
      problemAt(6, 1, "invalid-block"),
    ]);
  });

  it("reports content before the first heading, an empty section and an empty block", () => {
    expect(compileSnippet(":::tabs\nIntro.\n### A\nOne.\n### B\nTwo.\n:::\n").problems).toEqual([
      problemAt(7, 1, "invalid-block"),
    ]);
    expect(compileSnippet(":::accordion\n### A\n### B\nTwo.\n:::\n").problems).toEqual([
      problemAt(7, 1, "invalid-block"),
    ]);
    expect(compileSnippet(":::flip-cards\n:::\n").problems).toEqual([problemAt(6, 1, "invalid-block")]);
  });

  it("reports an interaction inside a panel", () => {
    const result = compileSnippet(
      "::::accordion\n### Quiz\nText.\n\n:::poll\nReady?\n\n- Yes\n- No\n:::\n::::\n",
    );
    expect(result.problems).toEqual([problemAt(10, 1, "misplaced-directive")]);
  });

  it("reports attributes", () => {
    expect(compileSnippet(":::tabs{open}\n### A\nOne.\n### B\nTwo.\n:::\n").problems).toEqual([
      problemAt(6, 1, "unknown-attribute"),
    ]);
  });
});
