import { z } from "zod";
import { report } from "../../diagnostics/report.ts";
import type { BlockContext } from "../../directives/directive-slice.ts";
import { splitSections } from "../../directives/sections.ts";
import { richTextSchema } from "../../model/hast.ts";
import { baseInteractionAttributes, baseInteractionSchema, defineInteraction } from "../interaction-slice.ts";
import { readScene, type SceneLinks, sceneSchema, sceneTarget } from "./scenes.ts";

const schema = baseInteractionSchema.extend({
  type: z.literal("scenario"),
  /** Optional text before the first scene (may be empty). */
  prompt: richTextSchema,
  /** The first scene starts; an ending scores best 1, okay 0.5, poor 0 (ENDING_SCORES). */
  scenes: z.array(sceneSchema).min(2),
});
export type Scenario = z.infer<typeof schema>;

const countErrors = (context: BlockContext) =>
  context.file.messages.filter((message) => message.fatal).length;

/** Reports duplicate scenes, links to no scene, scenes nobody reaches and a scenario without a reachable ending. */
function checkGraph(context: BlockContext, read: readonly SceneLinks[]): boolean {
  const byId = new Map<string, SceneLinks>();
  let valid = true;
  for (const entry of read) {
    if (byId.has(entry.scene.id)) {
      valid = false;
      report(
        context.file,
        "duplicate-id",
        `Duplicate scene \`${entry.scene.id}\`, expected each \`###\` heading once`,
        entry.section.heading.position,
      );
    } else byId.set(entry.scene.id, entry);
  }
  for (const { links } of read) {
    for (const link of links.filter((candidate) => !byId.has(sceneTarget(candidate.url)))) {
      valid = false;
      const known = [...byId.keys()].map((id) => `\`#${id}\``).join(", ");
      report(
        context.file,
        "broken-scene-link",
        `Broken scene link \`${link.url}\`, expected one of ${known}`,
        link.position,
      );
    }
  }
  const reached = new Set<string>();
  const queue = read.slice(0, 1);
  for (let entry = queue.shift(); entry; entry = queue.shift()) {
    if (reached.has(entry.scene.id)) continue;
    reached.add(entry.scene.id);
    for (const choice of entry.scene.choices) {
      const next = byId.get(choice.target);
      if (next) queue.push(next);
    }
  }
  for (const entry of byId.values()) {
    if (reached.has(entry.scene.id)) continue;
    valid = false;
    report(
      context.file,
      "unreachable-scene",
      `Unexpected scene \`${entry.scene.id}\` that no choice leads to`,
      entry.section.heading.position,
    );
  }
  const endingReached = [...reached].some((id) => byId.get(id)?.ends === true);
  if (!endingReached && read[0]) {
    valid = false;
    report(
      context.file,
      "dead-end-scene",
      "Unexpected scenario without a reachable ending, expected a scene with `::ending{outcome=…}`",
      read[0].section.heading.position,
    );
  }
  return valid;
}

/** `:::scenario`: `###` scenes; a list of `#scene` links gives a scene's choices; `::ending{outcome}` ends it. */
export const scenario = defineInteraction({
  type: "scenario",
  attributes: baseInteractionAttributes,
  schema,
  leaves: ["ending"],
  read(node, _attributes, context) {
    const errorsBefore = countErrors(context);
    const { intro, sections } = splitSections(node);
    const scenes = sections.map((section) => readScene(context, section));
    if (sections.length === 1) {
      report(
        context.file,
        "invalid-interaction",
        "Unexpected single scene, expected at least 2",
        node.position,
      );
    }
    const valid = checkGraph(context, scenes);
    if (!valid || sections.length < 2 || countErrors(context) > errorsBefore) return undefined;
    return { prompt: context.toRichText(intro), scenes: scenes.map((entry) => entry.scene) };
  },
});
