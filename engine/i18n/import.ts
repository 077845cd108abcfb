import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import type { CourseModel } from "../model/schema.ts";
import { mapCourseTexts } from "./course-texts.ts";
import { fromParts, partsText, plainSegment, type SourceSegment, toSourceSegment } from "./inline.ts";
import { checkPlaceholders } from "./placeholder-check.ts";
import { type ReadUnit, type ReadXliff, readXliff } from "./xliff-read.ts";

/** `fr` → `fr`, `pt-BR` → `pt_br`: the suffix of an edition's id (ids take lowercase, digits and `_`). */
export function languageSuffix(lang: string): string {
  return lang.toLowerCase().replaceAll("-", "_");
}

/** Reads and checks the file's header; reports what is wrong with it as a whole. */
function readDocument(file: VFile, lang: string, sourceLang: string): ReadXliff | undefined {
  const result = readXliff(String(file.value));
  if ("error" in result) {
    report(
      file,
      "invalid-translation-file",
      `Unexpected XML: ${result.error}, expected an XLIFF 2 file`,
      result.at,
    );
    return undefined;
  }
  const { document } = result;
  const problem = !document.version.startsWith("2.")
    ? `version \`${document.version}\`, expected XLIFF \`2.0\``
    : document.trgLang?.toLowerCase() !== lang.toLowerCase()
      ? `trgLang \`${document.trgLang ?? ""}\`, expected \`${lang}\` as in the file name`
      : document.srcLang?.toLowerCase() !== sourceLang.toLowerCase()
        ? `srcLang \`${document.srcLang ?? ""}\`, expected the course's language \`${sourceLang}\``
        : undefined;
  if (problem) {
    report(file, "invalid-translation-file", `Unexpected ${problem}`, { line: 1, column: 1 });
    return undefined;
  }
  const ids = new Set<string>();
  for (const unit of document.units) {
    if (ids.has(unit.id))
      report(
        file,
        "invalid-translation-file",
        `Unexpected second unit \`${unit.id}\`, expected unique unit ids`,
        unit.at,
      );
    ids.add(unit.id);
  }
  return document;
}

/**
 * A course's translation (`translations/<lang>.xlf`) applied to its compiled model: every text
 * replaced by its target, everything else the source's. Units missing, untranslated or broken
 * fall back to the source text; each problem is reported located in the XLIFF file. Undefined
 * when the file has errors.
 */
export function translateCourse(
  model: CourseModel,
  variables: ReadonlyMap<string, string>,
  file: VFile,
  lang: string,
): CourseModel | undefined {
  const document = readDocument(file, lang, model.lang);
  if (!document) return undefined;
  const units = new Map(document.units.map((unit) => [unit.id, unit]));
  const used = new Set<string>();
  const translate = (id: string, segment: SourceSegment) => {
    used.add(id);
    const unit = units.get(id);
    if (!unit) {
      report(
        file,
        "missing-translation",
        `Missing unit \`${id}\`, expected a translation of “${preview(segment)}”`,
        document.fileAt,
      );
      return undefined;
    }
    if (!unit.target || partsText(unit.target).trim() === "") {
      report(
        file,
        "untranslated-unit",
        `Untranslated unit \`${id}\`, expected a \`<target>\`; the source text is used`,
        unit.at,
      );
      return undefined;
    }
    if (unit.hash !== segment.hash) {
      report(
        file,
        "stale-translation",
        `Stale unit \`${id}\`: its source changed since it was translated (now “${preview(segment)}”)`,
        unit.at,
      );
    }
    return checkPlaceholders(file, unit, segment) ? unit : undefined;
  };
  const translated = mapCourseTexts(model, {
    plain(id, value) {
      const unit = translate(id, plainSegment(value));
      return unit?.target ? partsText(unit.target) : value;
    },
    inline(id, nodes) {
      const segment = toSourceSegment(nodes, variables);
      const unit: ReadUnit | undefined = translate(id, segment);
      return unit?.target ? fromParts(unit.target, segment.placeholders) : nodes;
    },
  });
  for (const unit of document.units) {
    if (!used.has(unit.id)) {
      report(
        file,
        "unknown-translation-unit",
        `Unknown unit \`${unit.id}\`, expected a unit of the course (it is ignored)`,
        unit.at,
      );
    }
  }
  if (file.messages.some((message) => message.fatal)) return undefined;
  return { ...translated, id: `${model.id}_${languageSuffix(lang)}`, lang };
}

function preview(segment: SourceSegment): string {
  const text = partsText(segment.parts).replace(/\s+/g, " ").trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
