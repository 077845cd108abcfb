import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import type { InlinePart, SourceSegment, XliffPoint } from "./inline.ts";
import type { ReadUnit } from "./xliff-read.ts";

function tagOf(kind: "ph" | "pc", id: string): string {
  return kind === "ph" ? `<ph id="${id}"/>` : `<pc id="${id}">`;
}

function expectedList(segment: SourceSegment): string {
  const ids = [...segment.placeholders].map(([id, placeholder]) => `\`${tagOf(placeholder.kind, id)}\``);
  return ids.length === 0 ? "expected none in this unit" : `expected ${ids.join(", ")}`;
}

/**
 * Checks that a target carries each placeholder of its source exactly once and of the same kind,
 * and no inline element other than `<ph>`, `<pc>` and `<mrk>`. Reports each problem where it is;
 * returns true when the target can be turned back into the course's markup.
 */
export function checkPlaceholders(file: VFile, unit: ReadUnit, segment: SourceSegment): boolean {
  let intact = true;
  const broken = (message: string, at: XliffPoint | undefined) => {
    intact = false;
    report(file, "broken-placeholder", message, at ?? unit.at);
  };
  for (const element of unit.unsupported) {
    broken(
      `Unexpected \`<${element.name}>\` in unit \`${unit.id}\`, expected only \`<ph/>\`, \`<pc>\` and \`<mrk>\``,
      element.at,
    );
  }
  const seen = new Set<string>();
  const walk = (parts: readonly InlinePart[]) => {
    for (const part of parts) {
      if (typeof part === "string") continue;
      const source = segment.placeholders.get(part.id);
      if (!source)
        broken(
          `Unknown placeholder \`${tagOf(part.kind, part.id)}\` in unit \`${unit.id}\`, ${expectedList(segment)}`,
          part.at,
        );
      else if (source.kind !== part.kind)
        broken(
          `Unexpected \`${tagOf(part.kind, part.id)}\` in unit \`${unit.id}\`, expected \`${tagOf(source.kind, part.id)}\` as in the source`,
          part.at,
        );
      else if (seen.has(part.id))
        broken(
          `Unexpected second \`${tagOf(part.kind, part.id)}\` in unit \`${unit.id}\`, expected each placeholder once`,
          part.at,
        );
      seen.add(part.id);
      if (part.kind === "pc") walk(part.parts);
    }
  };
  walk(unit.target ?? []);
  for (const [id, placeholder] of segment.placeholders) {
    if (seen.has(id)) continue;
    intact = false;
    const what =
      "variable" in placeholder
        ? `the variable \`{{${placeholder.variable}}}\``
        : `\`<${placeholder.element.tagName}>\` markup`;
    report(
      file,
      "missing-placeholder",
      `Missing placeholder \`${tagOf(placeholder.kind, id)}\` (${what}) in the target of unit \`${unit.id}\`, expected every placeholder of the source`,
      unit.targetAt ?? unit.at,
    );
  }
  return intact;
}
