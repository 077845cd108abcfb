/**
 * What an interaction offers the learner, as xAPI's cmi.interaction definitions list it: every
 * option, card, bucket, step or scene with its plain text (not only the ones answered). SCORM has no
 * place for this, so only the xAPI and cmi5 entries import it.
 */
import type { RichText } from "../model/hast.ts";
import { plainText } from "./plain-text.ts";
import type { Interaction } from "./registry.ts";

export interface InteractionComponent {
  id: string;
  text: string;
}

export type InteractionComponents = Partial<
  Record<"choices" | "source" | "target" | "steps" | "scale", InteractionComponent[]>
>;

const listed = (items: ReadonlyArray<{ id: string; content: RichText }>): InteractionComponent[] =>
  items.map((item) => ({ id: item.id, text: plainText(item.content) }));

export function interactionComponents(interaction: Interaction): InteractionComponents {
  switch (interaction.type) {
    case "single-choice":
    case "multiple-response":
      return { choices: listed(interaction.options) };
    case "hotspot":
      return { choices: listed(interaction.regions.map((region) => ({ ...region, content: region.label }))) };
    case "checklist":
      return { choices: listed(interaction.items) };
    case "sequencing":
      return { choices: listed(interaction.steps) };
    case "poll":
      return { scale: listed(interaction.options) };
    case "matching":
      return { source: listed(interaction.sources), target: listed(interaction.targets) };
    case "categorise":
      return { source: listed(interaction.cards), target: listed(interaction.buckets) };
    case "scenario":
      return { steps: listed(interaction.scenes.map((scene) => ({ ...scene, content: scene.title }))) };
    default:
      return {};
  }
}
