import { describe, expect, it } from "vitest";
import { compileSnippet, firstInteraction, problemAt } from "../testing.ts";

describe(":::checklist", () => {
  it("reads items a…z from a task list or a plain list; unscored", () => {
    const result = compileSnippet(
      ":::checklist\nBefore you post, check:\n\n- [ ] a clear photo\n- the price in GH₵\n:::\n",
    );
    expect(result.problems).toEqual([]);
    expect(firstInteraction(result)).toMatchObject({
      type: "checklist",
      items: [
        { id: "a", content: [{ tagName: "p" }] },
        { id: "b", content: [{ tagName: "p" }] },
      ],
    });
  });

  it("reports a missing list, a missing intro and more than 26 items", () => {
    expect(compileSnippet(":::checklist\nCheck your post.\n:::\n").problems).toEqual([
      problemAt(6, 1, "invalid-interaction"),
    ]);
    expect(compileSnippet(":::checklist\n- [ ] a photo\n:::\n").problems).toEqual([
      problemAt(6, 1, "missing-prompt"),
    ]);
    const items = Array.from({ length: 27 }, (_, index) => `- [ ] item ${index}`).join("\n");
    expect(compileSnippet(`:::checklist\nCheck:\n\n${items}\n:::\n`).problems).toEqual([
      problemAt(9, 1, "too-many-items"),
    ]);
  });
});
