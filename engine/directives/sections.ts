import type { Heading } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import { toString as plainText } from "mdast-util-to-string";
import { report } from "../diagnostics/report.ts";
import { toIdSegment } from "../model/ids.ts";
import type { BlockContext } from "./directive-slice.ts";

/** Section headings inside a directive (scenario scenes, accordion panels, tabs, flip cards). */
export const SECTION_DEPTH = 3;

export interface Section {
  heading: Heading;
  /** The heading's text as an id segment (`[a-z][a-z0-9_]*`), the same rule as `#links` to it. */
  slug: string;
  content: ContainerDirective["children"];
}

/**
 * Splits a directive's content at its `###` headings. Content before the first heading is
 * reported; so is a directive without any heading.
 */
export function splitSections(
  context: BlockContext,
  node: ContainerDirective,
  what: string,
  rule: "invalid-interaction" | "invalid-block",
): Section[] {
  const sections: Section[] = [];
  for (const child of node.children) {
    const current = sections.at(-1);
    if (child.type === "heading" && child.depth === SECTION_DEPTH) {
      sections.push({ heading: child, slug: toIdSegment(plainText(child)), content: [] });
    } else if (current) {
      current.content.push(child);
    } else {
      report(
        context.file,
        rule,
        `Unexpected ${child.type} before the first \`###\` heading in \`:::${node.name}\`, expected each ${what} to start with \`### Title\``,
        child.position,
      );
    }
  }
  if (sections.length === 0 && node.children.length === 0) {
    report(
      context.file,
      rule,
      `Unexpected empty \`:::${node.name}\`, expected ${what}s that each start with \`### Title\``,
      node.position,
    );
  }
  return sections;
}
