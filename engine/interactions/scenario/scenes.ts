import type { Link, List, ListItem, RootContent } from "mdast";
import type { LeafDirective } from "mdast-util-directive";
import { z } from "zod";
import { report } from "../../diagnostics/report.ts";
import { readAttributes } from "../../directives/attributes.ts";
import type { BlockContext } from "../../directives/directive-slice.ts";
import { inlineRichText, isBlankInline } from "../../directives/inline.ts";
import type { Section } from "../../directives/sections.ts";
import { type RichText, richTextSchema } from "../../model/hast.ts";
import { NAME_PATTERN, toIdSegment } from "../../model/ids.ts";
import { letterIdSchema } from "../choice/options.ts";
import { itemIds, LETTER_IDS } from "../parts/item-ids.ts";

export { ENDING_SCORES } from "./endings.ts";

const outcomes = ["best", "okay", "poor"] as const;

export const sceneSchema = z.strictObject({
  /** The slug of the scene's heading; `#links` name it. */
  id: z.string().regex(NAME_PATTERN),
  title: richTextSchema,
  content: richTextSchema,
  /** Choices `a`…`z` within the scene, each leading to a scene id. Empty in an ending scene. */
  choices: z.array(z.strictObject({ id: letterIdSchema, content: richTextSchema, target: z.string() })),
  /** Present exactly when the scene ends the scenario. */
  ending: z.strictObject({ outcome: z.enum(outcomes), content: richTextSchema }).optional(),
});
export type Scene = z.infer<typeof sceneSchema>;

/** Where each choice link was written, to report a broken one at its place. */
export interface SceneLinks {
  scene: Scene;
  section: Section;
  links: Link[];
  /** True when the scene has an `::ending`, even one whose outcome was invalid (already reported). */
  ends: boolean;
}

const endingAttributes = z.strictObject({ outcome: z.enum(outcomes, "expected `best`, `okay` or `poor`") });

/** The one link an item holds when it is a choice: `- [Say sorry](#listen)`. */
function choiceLink(item: ListItem): Link | undefined {
  const [paragraph, ...rest] = item.children;
  if (rest.length > 0 || paragraph?.type !== "paragraph") return undefined;
  const meaningful = paragraph.children.filter(
    (child) => !(child.type === "text" && child.value.trim() === ""),
  );
  const [link] = meaningful;
  return meaningful.length === 1 && link?.type === "link" && link.url.startsWith("#") ? link : undefined;
}

/** A list is the scene's choices when any of its items is a `#scene` link. */
function isChoiceList(node: RootContent): node is List {
  return node.type === "list" && node.children.some((item) => choiceLink(item) !== undefined);
}

/** `#Call-her-back` and `#call_her_back` both name the scene `### Call her back`. */
export function sceneTarget(url: string): string {
  const fragment = url.slice(1);
  try {
    return toIdSegment(decodeURIComponent(fragment));
  } catch {
    return toIdSegment(fragment);
  }
}

function readChoices(context: BlockContext, list: List): { choices: Scene["choices"]; links: Link[] } {
  const links: Link[] = [];
  for (const item of list.children) {
    const link = choiceLink(item);
    if (link) links.push(link);
    else
      report(
        context.file,
        "invalid-interaction",
        "Unexpected choice that is not a single link, expected `- [What the learner does](#next-scene)`",
        item.position,
      );
  }
  const ids = itemIds(context, list.position, links.length, LETTER_IDS, "choices") ?? [];
  const choices = ids.map((id, index) => {
    const link = links[index];
    const content: RichText = link ? inlineRichText(context, link.children) : [];
    return { id, content, target: link ? sceneTarget(link.url) : "" };
  });
  return { choices, links };
}

function readEnding(context: BlockContext, leaf: LeafDirective): Scene["ending"] {
  const attributes = readAttributes(context, leaf, endingAttributes);
  if (isBlankInline(leaf.children)) {
    // The player shows "Poor outcome:" and then this text; without it the learner is left hanging.
    report(
      context.file,
      "missing-ending-text",
      "Unexpected `::ending` without text, expected what the outcome means in brackets: `::ending[…]{outcome=…}`",
      leaf.position,
    );
  }
  const content = inlineRichText(context, leaf.children);
  return attributes ? { outcome: attributes.outcome, content } : undefined;
}

/**
 * One `###` section → a scene: its prose, its list of `#scene` links (the choices) and/or its
 * `::ending{outcome}`. A scene needs exactly one of the two.
 */
export function readScene(context: BlockContext, section: Section): SceneLinks {
  const prose: RootContent[] = [];
  let choices: ReturnType<typeof readChoices> = { choices: [], links: [] };
  let ending: Scene["ending"];
  let endings = 0;
  for (const child of section.content) {
    if (child.type === "leafDirective" && child.name === "ending") {
      endings++;
      ending = readEnding(context, child);
    } else if (isChoiceList(child) && choices.links.length === 0) choices = readChoices(context, child);
    else prose.push(child);
  }
  const hasChoices = choices.choices.length > 0;
  if (hasChoices === endings > 0 || endings > 1) {
    const problem =
      endings > 1
        ? "several endings"
        : hasChoices
          ? "both choices and an ending"
          : "neither choices nor an ending";
    report(
      context.file,
      "dead-end-scene",
      `Unexpected scene \`${section.slug}\` with ${problem}, expected a list of choices or one \`::ending{outcome=…}\``,
      section.heading.position,
    );
  }
  const scene: Scene = {
    id: section.slug,
    title: inlineRichText(context, section.heading.children),
    content: context.toRichText(prose),
    choices: choices.choices,
    ...(ending ? { ending } : {}),
  };
  return { scene, section, links: choices.links, ends: endings > 0 };
}
