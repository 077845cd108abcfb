import type { Root, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import { type CourseContext, createFileContext } from "./context.ts";
import { toIdSegment } from "./ids.ts";
import { bodyOf } from "./lesson.ts";
import { toRichText } from "./rich-text.ts";
import type { GlossaryTerm } from "./schema.ts";

/** glossary.md: each `## Term` heading defines a term; the content up to the next heading is its definition. */
export function compileGlossary(course: CourseContext, file: VFile, tree: Root): GlossaryTerm[] {
  const context = createFileContext(course, file, "glossary");
  const terms: GlossaryTerm[] = [];
  const seen = new Map<string, string>();
  let current: { term: string; id: string; nodes: RootContent[]; place: RootContent["position"] } | undefined;
  const finish = () => {
    if (!current) return;
    const definition = toRichText(context, current.nodes);
    if (definition.length === 0) {
      report(
        file,
        "empty-glossary-definition",
        `Unexpected term \`${current.term}\` without a definition, expected text under its heading`,
        current.place,
      );
    } else terms.push({ id: current.id, term: current.term, definition });
  };
  for (const node of bodyOf(tree)) {
    if (node.type === "heading" && node.depth === 2) {
      finish();
      const term = mdastToString(node).trim();
      const id = toIdSegment(term);
      const first = seen.get(id);
      if (first) {
        report(
          file,
          "duplicate-glossary-term",
          `Duplicate term \`${term}\`, already defined at ${first}`,
          node.position,
        );
        current = undefined;
        continue;
      }
      seen.set(id, `${file.path}:${node.position?.start.line ?? 1}:${node.position?.start.column ?? 1}`);
      current = { term, id, nodes: [], place: node.position };
    } else current?.nodes.push(node);
  }
  finish();
  return terms;
}
