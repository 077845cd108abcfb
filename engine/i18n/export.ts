import type { CourseModel } from "../model/schema.ts";
import { mapCourseTexts } from "./course-texts.ts";
import { plainSegment, type SourceSegment, toSourceSegment } from "./inline.ts";
import type { ReadXliff } from "./xliff-read.ts";
import { writeXliff, type XliffUnit } from "./xliff-write.ts";

/** A translatable text of the course with its unit id, as the source gives it. */
export interface SourceUnit {
  id: string;
  segment: SourceSegment;
}

/** Every translatable segment of a course, in reading order (the same walk an import makes). */
export function collectSourceUnits(model: CourseModel, variables: ReadonlyMap<string, string>): SourceUnit[] {
  const units: SourceUnit[] = [];
  mapCourseTexts(model, {
    plain(id, value) {
      units.push({ id, segment: plainSegment(value) });
      return value;
    },
    inline(id, nodes) {
      units.push({ id, segment: toSourceSegment(nodes, variables) });
      return nodes;
    },
  });
  return units;
}

export interface ExportOptions {
  lang: string;
  /** The course's existing translation in that language: its up-to-date targets are kept. */
  previous?: ReadXliff | undefined;
}

/**
 * The XLIFF 2 file a translator receives. With a previous translation, a target whose source did
 * not change is kept; one whose source changed is left out and shown in a note for reuse.
 */
export function exportTranslation(
  model: CourseModel,
  variables: ReadonlyMap<string, string>,
  options: ExportOptions,
): { xliff: string; units: number } {
  const previous = new Map(options.previous?.units.map((unit) => [unit.id, unit]));
  const units = collectSourceUnits(model, variables).map(({ id, segment }): XliffUnit => {
    const old = previous.get(id);
    const unit: XliffUnit = { id, hash: segment.hash, source: segment.parts };
    if (!old?.target) return unit;
    if (old.hash === segment.hash) return { ...unit, target: old.target };
    return { ...unit, notes: [`The source changed; the earlier translation was: ${plainOf(old.target)}`] };
  });
  const xliff = writeXliff({
    srcLang: model.lang,
    trgLang: options.lang,
    fileId: model.id,
    notes: [
      `Course "${model.title}" version ${model.version}. Translate each <source> into a <target>; keep every <ph/> and <pc> (they stand for links, emphasis, pictures and variables). Do not change unit ids or cm:hash.`,
    ],
    units,
  });
  return { xliff, units: units.length };
}

function plainOf(parts: NonNullable<XliffUnit["target"]>): string {
  return parts
    .map((part) => (typeof part === "string" ? part : part.kind === "pc" ? plainOf(part.parts) : "…"))
    .join("");
}
