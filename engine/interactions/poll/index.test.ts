import { describe, expect, it } from "vitest";
import { compileSnippet, firstInteraction, problemAt } from "../testing.ts";

const poll = (list: string) => `:::poll\nHow ready are you to sell on WhatsApp?\n\n${list}\n:::\n`;

describe(":::poll", () => {
  it("reads options a…z in order", () => {
    const result = compileSnippet(poll("- Not ready\n- A little ready\n- Ready\n- Very ready"));
    expect(result.problems).toEqual([]);
    const interaction = firstInteraction(result);
    expect(interaction?.type).toBe("poll");
    expect(
      interaction && "options" in interaction ? interaction.options.map((option) => option.id) : [],
    ).toEqual(["a", "b", "c", "d"]);
  });

  it("reports checkboxes, a single option and more than 26 options", () => {
    expect(compileSnippet(poll("- [x] Ready\n- Not ready")).problems).toEqual([
      problemAt(9, 1, "invalid-interaction"),
    ]);
    expect(compileSnippet(poll("- Ready")).problems).toEqual([problemAt(9, 1, "invalid-interaction")]);
    const many = Array.from({ length: 27 }, (_, index) => `- level ${index}`).join("\n");
    expect(compileSnippet(poll(many)).problems).toEqual([problemAt(9, 1, "too-many-items")]);
  });

  it("reports a missing list", () => {
    expect(compileSnippet(":::poll\nHow ready are you?\n:::\n").problems).toEqual([
      problemAt(6, 1, "invalid-interaction"),
    ]);
  });
});
