import type { RootContent } from "mdast";
import type { ContainerDirective, LeafDirective } from "mdast-util-directive";
import { z } from "zod";
import { report } from "../../diagnostics/report.ts";
import { readAttributes } from "../../directives/attributes.ts";
import type { BlockContext } from "../../directives/directive-slice.ts";
import { inlineRichText, isBlankInline } from "../../directives/inline.ts";
import type { RichText } from "../../model/hast.ts";

/** The leaf directives every interaction understands, taken out of its content before the type reads it. */
export const COMMON_LEAF_DIRECTIVES = ["hint", "feedback", "model"] as const;
type CommonLeaf = (typeof COMMON_LEAF_DIRECTIVES)[number];

export interface InteractionParts {
  /** The content without the common leaf directives. */
  children: ContainerDirective["children"];
  hint: RichText;
  feedback: { correct: RichText; incorrect: RichText; any: RichText };
  /** `::model[…]`; empty when absent (and always empty for types without a model answer). */
  modelAnswer: RichText;
}

const noAttributes = z.strictObject({});
const feedbackAttributes = z.strictObject({
  when: z.enum(["correct", "incorrect"], "expected `correct` or `incorrect`").optional(),
});

function isCommonLeaf(node: RootContent): node is LeafDirective & { name: CommonLeaf } {
  return node.type === "leafDirective" && (COMMON_LEAF_DIRECTIVES as readonly string[]).includes(node.name);
}

/** The label of a leaf directive (`::hint[label]`) as rich text; reports an empty one. */
export function leafLabel(context: BlockContext, leaf: LeafDirective): RichText {
  if (!isBlankInline(leaf.children)) return inlineRichText(context, leaf.children);
  report(
    context.file,
    "invalid-interaction",
    `Unexpected empty \`::${leaf.name}\`, expected text in brackets: \`::${leaf.name}[…]\``,
    leaf.position,
  );
  return [];
}

function reportSecond(context: BlockContext, leaf: LeafDirective, what: string): void {
  report(
    context.file,
    "invalid-interaction",
    `Unexpected second ${what} in one interaction, expected at most one`,
    leaf.position,
  );
}

/**
 * Takes `::hint`, `::feedback` and `::model` out of an interaction's top-level content and reads
 * them; the rest is returned for the type to read. `::model` is reported where the type has no
 * model answer, and any other leaf directive unless the type names it in `leaves`.
 */
export function readInteractionParts(
  context: BlockContext,
  node: ContainerDirective,
  accepts: { modelAnswer: boolean; leaves: readonly string[] },
): InteractionParts {
  const parts: InteractionParts = {
    children: [],
    hint: [],
    feedback: { correct: [], incorrect: [], any: [] },
    modelAnswer: [],
  };
  const seen = new Set<string>();
  for (const child of node.children) {
    if (!isCommonLeaf(child)) {
      if (child.type === "leafDirective" && !accepts.leaves.includes(child.name)) {
        reportStrayLeaf(context, node, child, accepts.leaves);
      } else parts.children.push(child);
      continue;
    }
    if (child.name === "feedback") {
      const when = readAttributes(context, child, feedbackAttributes)?.when ?? "any";
      if (seen.has(`feedback.${when}`)) reportSecond(context, child, `\`::feedback\` for ${when}`);
      seen.add(`feedback.${when}`);
      parts.feedback[when] = leafLabel(context, child);
      continue;
    }
    readAttributes(context, child, noAttributes);
    if (child.name === "model" && !accepts.modelAnswer) {
      report(
        context.file,
        "misplaced-directive",
        `Unexpected \`::model\` in \`:::${node.name}\`, expected it only in \`:::fill-in\` or \`:::reflection\``,
        child.position,
      );
      continue;
    }
    if (seen.has(child.name)) reportSecond(context, child, `\`::${child.name}\``);
    seen.add(child.name);
    if (child.name === "hint") parts.hint = leafLabel(context, child);
    else parts.modelAnswer = leafLabel(context, child);
  }
  return parts;
}

function reportStrayLeaf(
  context: BlockContext,
  node: ContainerDirective,
  leaf: LeafDirective,
  leaves: readonly string[],
): void {
  const expected = [...COMMON_LEAF_DIRECTIVES, ...leaves].map((name) => `\`::${name}\``).join(", ");
  report(
    context.file,
    "misplaced-directive",
    `Unexpected \`::${leaf.name}\` in \`:::${node.name}\`, expected one of ${expected}`,
    leaf.position,
  );
}
