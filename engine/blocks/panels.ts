import type { RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import { z } from "zod";
import { report } from "../diagnostics/report.ts";
import { defineDirective } from "../directives/directive-slice.ts";
import { inlineRichText } from "../directives/inline.ts";
import { splitSections } from "../directives/sections.ts";
import { uniqueSlugs } from "../interactions/parts/item-ids.ts";
import { interactionNames } from "../interactions/registry.ts";
import type { PanelsBlock } from "../model/schema.ts";

const isInteraction = (node: RootContent): node is ContainerDirective =>
  node.type === "containerDirective" && interactionNames.has(node.name);

export const panelVariants = ["accordion", "tabs", "flip-cards"] as const;

/** What one section is called in messages, per variant. */
const sectionName = { accordion: "panel", tabs: "tab", "flip-cards": "card" } as const;
/** Tabs need a choice; one accordion panel or flip card is fine. */
const minimumSections = { accordion: 1, tabs: 2, "flip-cards": 1 } as const;

/**
 * `:::accordion`, `:::tabs`, `:::flip-cards`: each `###` heading and the content under it is one
 * panel, tab or card (for a card, the heading is the front and the content the back). Interactions
 * do not go inside: a learner could miss a question hidden in a closed panel.
 */
export const panelSlices = panelVariants.map((variant) =>
  defineDirective({
    name: variant,
    attributes: z.strictObject({}),
    toBlock(node, _attributes, context): PanelsBlock | undefined {
      const what = sectionName[variant];
      const { intro, sections } = splitSections(node);
      for (const child of intro) {
        report(
          context.file,
          "invalid-block",
          `Unexpected ${child.type} before the first \`###\` heading in \`:::${variant}\`, expected each ${what} to start with \`### Title\``,
          child.position,
        );
      }
      for (const child of sections.flatMap((section) => section.content)) {
        if (isInteraction(child)) {
          report(
            context.file,
            "misplaced-directive",
            `Unexpected \`:::${child.name}\` inside \`:::${variant}\`, expected interactions outside panels, tabs and cards`,
            child.position,
          );
        }
      }
      if (sections.length < minimumSections[variant]) {
        report(
          context.file,
          "invalid-block",
          `Unexpected ${sections.length} ${what}s in \`:::${variant}\`, expected at least ${minimumSections[variant]}`,
          node.position,
        );
        return undefined;
      }
      const ids = uniqueSlugs(sections.map((section) => section.slug));
      const panels = sections.map((section, index) => ({
        id: ids[index] ?? section.slug,
        heading: inlineRichText(context, section.heading.children),
        content: context.toBlocks(section.content.filter((child) => !isInteraction(child))),
      }));
      const empty = panels.find((panel) => panel.content.length === 0);
      if (empty) {
        report(
          context.file,
          "invalid-block",
          `Unexpected empty ${what} \`${empty.id}\`, expected content under its heading`,
          sections[panels.indexOf(empty)]?.heading.position,
        );
        return undefined;
      }
      return { kind: "panels", variant, panels };
    },
  }),
);
