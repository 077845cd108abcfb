import type { Root } from "mdast";
import type { Position } from "unist";
import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import type { ExcludedEntry, MediaFile } from "../source/course-source.ts";

interface IdClaim {
  file: VFile;
  place: Position | undefined;
}

/** Course-wide facts and registries shared by every file while compiling one course. */
export interface CourseContext {
  displayDir: string;
  /** course.md's `lang`; undefined when course.md does not give a valid one (the course then has errors). */
  lang?: string | undefined;
  variables: Record<string, string | number>;
  media: ReadonlyMap<string, MediaFile>;
  /** Files and folders of the course that are not used (hidden, links, over size), by course path. */
  excluded: ReadonlyMap<string, ExcludedEntry>;
  /** Media actually referenced, by course path. */
  usedMedia: Set<string>;
  /** Glossary term ids; undefined while the glossary itself is being compiled. */
  glossary: ReadonlySet<string> | undefined;
  /** Lesson files by course path → lesson id, known before any lesson is compiled. */
  lessonIds: ReadonlyMap<string, string>;
  /** Claims an id course-wide; reports a duplicate naming the first place. */
  claimId(id: string, file: VFile, place: Position | undefined): boolean;
}

function formatPlace(claim: IdClaim): string {
  const start = claim.place?.start;
  return `${claim.file.path}:${start?.line ?? 1}:${start?.column ?? 1}`;
}

export function createCourseContext(
  init: Omit<CourseContext, "claimId" | "usedMedia" | "glossary">,
): CourseContext & { glossary: ReadonlySet<string> | undefined } {
  const claims = new Map<string, IdClaim>();
  return {
    ...init,
    usedMedia: new Set(),
    glossary: undefined,
    claimId(id, file, place) {
      const first = claims.get(id);
      if (first) {
        report(file, "duplicate-id", `Duplicate id \`${id}\`, already used at ${formatPlace(first)}`, place);
        return false;
      }
      claims.set(id, { file, place });
      return true;
    },
  };
}

/** Per-file state: which file, which lesson, and counters for derived interaction ids. */
export interface FileContext {
  course: CourseContext;
  file: VFile;
  /** Prefix for derived ids: `<module>.<lesson>` for lessons, `<module>.bank` for a bank. */
  idScope: string;
  /** How many interactions of each type this file has so far, for derived ids. */
  counters: Map<string, number>;
  /** Levels the file's headings move so its highest top-level heading is h2 (the page title is h1). */
  headingShift: number;
}

/** `#` → h2 when the file starts at `#`, `##` → h2 when it starts at `##`, and so on. */
function headingShiftOf(tree: Root | undefined): number {
  const depths = (tree?.children ?? []).flatMap((node) => (node.type === "heading" ? [node.depth] : []));
  return depths.length === 0 ? 1 : 2 - Math.min(...depths);
}

export function createFileContext(
  course: CourseContext,
  file: VFile,
  idScope: string,
  tree?: Root,
): FileContext {
  return { course, file, idScope, counters: new Map(), headingShift: headingShiftOf(tree) };
}
