import type { Heading } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import { toString as plainText } from "mdast-util-to-string";
import { toIdSegment } from "../model/ids.ts";

/** Section headings inside a directive (scenario scenes, accordion panels, tabs, flip cards). */
export const SECTION_DEPTH = 3;

export interface Section {
  heading: Heading;
  /** The heading's text as an id segment (`[a-z][a-z0-9_]*`), the same rule as `#links` to it. */
  slug: string;
  content: ContainerDirective["children"];
}

export interface Sections {
  /** What comes before the first `###` heading. */
  intro: ContainerDirective["children"];
  sections: Section[];
}

/** Splits a directive's content at its `###` headings. */
export function splitSections(node: ContainerDirective): Sections {
  const result: Sections = { intro: [], sections: [] };
  for (const child of node.children) {
    const current = result.sections.at(-1);
    if (child.type === "heading" && child.depth === SECTION_DEPTH) {
      result.sections.push({ heading: child, slug: toIdSegment(plainText(child)), content: [] });
    } else if (current) current.content.push(child);
    else result.intro.push(child);
  }
  return result;
}
