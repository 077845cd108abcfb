import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileSnippet, firstInteraction, problemAt } from "../testing.ts";

const scenario = (body: string) => `:::scenario\n${body}\n:::\n`;

describe(":::scenario", () => {
  it("reads scenes with slug ids, choices a…z per scene and endings", () => {
    const example = readFileSync(new URL("./example.md", import.meta.url), "utf8");
    const interaction = firstInteraction(compileSnippet(example));
    expect(interaction).toMatchObject({ type: "scenario", prompt: [] });
    const scenes = interaction?.type === "scenario" ? interaction.scenes : [];
    expect(scenes.map((scene) => scene.id)).toEqual([
      "an_angry_customer",
      "listen",
      "deliver",
      "discount",
      "blame",
    ]);
    expect(scenes[0]?.choices).toMatchObject([
      { id: "a", target: "listen" },
      { id: "b", target: "blame" },
    ]);
    expect(scenes[0]?.ending).toBeUndefined();
    expect(scenes[2]).toMatchObject({
      choices: [],
      ending: { outcome: "best", content: [{ tagName: "p" }] },
    });
  });

  it("takes text before the first scene as its prompt and resolves GitHub-style and spaced links", () => {
    const result = compileSnippet(
      scenario(
        "A customer calls.\n\n### Start\n\n- [Call back](#call-her-back)\n\n### Call her back\n\n::ending[Done.]{outcome=okay}",
      ),
    );
    expect(result.problems).toEqual([]);
    expect(firstInteraction(result)).toMatchObject({
      prompt: [{ tagName: "p" }],
      scenes: [
        { id: "start", choices: [{ target: "call_her_back" }] },
        { id: "call_her_back", ending: { outcome: "okay" } },
      ],
    });
  });

  it("reports a link to no scene", () => {
    const result = compileSnippet(
      scenario("### Start\n\n- [Go](#nowhere)\n- [End](#end)\n\n### End\n\n::ending[Done.]{outcome=best}"),
    );
    expect(result.problems).toEqual([problemAt(9, 3, "broken-scene-link")]);
  });

  it("reports a link with a malformed escape as broken instead of failing", () => {
    const result = compileSnippet(
      scenario("### Start\n\n- [Go](#%E0%A4%A)\n- [End](#end)\n\n### End\n\n::ending[Done.]{outcome=best}"),
    );
    expect(result.problems).toEqual([problemAt(9, 3, "broken-scene-link")]);
  });

  it("reports a scene no choice leads to", () => {
    const result = compileSnippet(
      scenario(
        "### Start\n\n- [End](#end)\n\n### End\n\n::ending[Done.]{outcome=best}\n\n### Lost\n\n::ending[Done.]{outcome=poor}",
      ),
    );
    expect(result.problems).toEqual([problemAt(15, 1, "unreachable-scene")]);
  });

  it("reports scenes with neither choices nor an ending, or both", () => {
    const result = compileSnippet(
      scenario(
        "### Start\n\n- [End](#end)\n- [Wait](#wait)\n\n### Wait\n\nNothing happens.\n\n### End\n\n- [Start](#start)\n\n::ending[Done.]{outcome=best}",
      ),
    );
    expect(result.problems).toEqual([problemAt(12, 1, "dead-end-scene"), problemAt(16, 1, "dead-end-scene")]);
  });

  it("reports a scenario whose endings cannot be reached", () => {
    const result = compileSnippet(scenario("### Start\n\n- [Loop](#loop)\n\n### Loop\n\n- [Start](#start)"));
    expect(result.problems).toEqual([problemAt(7, 1, "dead-end-scene")]);
  });

  it("reports duplicate scenes, a choice that is not a link, an invalid outcome and a single scene", () => {
    const duplicate =
      "### Start\n\n- [End](#end)\n\n### End\n\n::ending[Done.]{outcome=best}\n\n### End\n\n::ending[Done.]{outcome=poor}";
    expect(compileSnippet(scenario(duplicate)).problems).toEqual([problemAt(15, 1, "duplicate-id")]);
    const notLink = "### Start\n\n- [End](#end)\n- Just wait\n\n### End\n\n::ending[Done.]{outcome=best}";
    expect(compileSnippet(scenario(notLink)).problems).toEqual([problemAt(10, 1, "invalid-interaction")]);
    const outcome = "### Start\n\n- [End](#end)\n\n### End\n\n::ending[Done.]{outcome=great}";
    expect(compileSnippet(scenario(outcome)).problems).toEqual([problemAt(13, 1, "invalid-attribute")]);
    expect(compileSnippet(scenario("### End\n\n::ending[Done.]{outcome=best}")).problems).toEqual([
      problemAt(6, 1, "invalid-interaction"),
    ]);
  });

  it("warns at an ending without text, which would show only its outcome word", () => {
    const result = compileSnippet(
      scenario("### Start\n\n- [End](#end)\n\n### End\nShe leaves.\n\n::ending{outcome=poor}"),
    );
    expect(result.problems).toEqual([problemAt(14, 1, "missing-ending-text")]);
    expect(result.model).toBeDefined();
  });

  it("reports ::ending outside a scenario", () => {
    const result = compileSnippet(
      ":::reflection\nWhat will you change?\n::ending[Done.]{outcome=best}\n:::\n",
    );
    expect(result.problems).toEqual([problemAt(8, 1, "misplaced-directive")]);
  });
});
