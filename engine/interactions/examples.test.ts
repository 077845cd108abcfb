import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { interactionSchema } from "../model/schema.ts";
import { interactionSlices } from "./registry.ts";
import { compileSnippet, firstInteraction } from "./testing.ts";

/** Every registered type ships an example.md that compiles cleanly into a model item of its type. */
describe.each(interactionSlices.map((slice) => slice.type))("%s example.md", (type) => {
  const example = readFileSync(new URL(`./${type}/example.md`, import.meta.url), "utf8");

  it("compiles without problems into a valid model item of its type", () => {
    const result = compileSnippet(example);
    expect(result.problems).toEqual([]);
    const interaction = firstInteraction(result);
    expect(interaction?.type).toBe(type);
    expect(interactionSchema.parse(interaction)).toEqual(interaction);
  });
});
