import type { RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import { report } from "../../diagnostics/report.ts";
import type { BlockContext } from "../../directives/directive-slice.ts";
import type { RichText } from "../../model/hast.ts";

export interface PromptAndBody<Body extends RootContent> {
  prompt: RichText;
  body: Body;
}

/**
 * The common layout of an interaction: the prompt (question text) first, then one body node (a
 * list, a table), then nothing else. Reports a missing prompt or body and anything after the body;
 * the prompt is empty (and already reported) when missing, so the body can still be checked.
 */
export function readPromptAndBody<Body extends RootContent>(
  context: BlockContext,
  node: ContainerDirective,
  isBody: (child: RootContent) => child is Body,
  what: { name: string; expected: string },
): PromptAndBody<Body> | undefined {
  const index = node.children.findIndex(isBody);
  const body = node.children[index];
  if (index < 0 || !body || !isBody(body)) {
    report(
      context.file,
      "invalid-interaction",
      `Unexpected \`:::${node.name}\` without ${what.name}, expected ${what.expected}`,
      node.position,
    );
    return undefined;
  }
  for (const extra of node.children.slice(index + 1)) {
    report(
      context.file,
      "invalid-interaction",
      `Unexpected ${extra.type} after the ${what.name}, expected the ${what.name} last`,
      extra.position,
    );
  }
  return { prompt: readPrompt(context, node, node.children.slice(0, index)), body };
}

/** Question text as rich text; reports when there is none. */
export function readPrompt(
  context: BlockContext,
  node: ContainerDirective,
  nodes: readonly RootContent[],
): RichText {
  const prompt = context.toRichText(nodes);
  if (prompt.length === 0) {
    report(
      context.file,
      "missing-prompt",
      `Unexpected \`:::${node.name}\` without a question, expected the question text first`,
      node.position,
    );
  }
  return prompt;
}
