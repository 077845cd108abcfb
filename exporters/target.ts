import type { CourseModel } from "../engine/model/schema.ts";
import type { CourseSource } from "../engine/source/course-source.ts";

/** One file a target produces; `path` is relative to the output folder and uses `/`. */
export interface OutputFile {
  path: string;
  content: Uint8Array;
  /** The course the file belongs to; null for files shared by several courses (the site's catalogue). */
  course: string | null;
  module: string | null;
  /** Target-specific facts for build-report.json (e.g. firstOpenBytes). */
  extra?: Record<string, unknown>;
}

/** Options of one build run that targets may use (`--split` for the SCORM targets). */
export interface BuildOptions {
  /** SCORM: one package per module plus the assessment (`module`), or one per course (`course`). */
  split: "module" | "course";
}

/** A build that cannot succeed for a reason the author must fix; the CLI prints it and exits 1. */
export class BuildError extends Error {}

export interface CompiledCourse {
  model: CourseModel;
  source: CourseSource;
  /** The course's other language editions (translations/*.xlf, or the source course for an edition). */
  editions?: readonly CourseModel[];
}

/**
 * A build target: from compiled courses to files; only exporters/write.ts writes them. Most targets
 * build course by course; a target that spans courses (the site) builds them all at once and sees
 * what earlier targets built in the same run. What a target needs from a course is checked before
 * any build (exporters/targets.ts `check`).
 */
export type Target =
  | {
      readonly name: string;
      build(course: CompiledCourse, options?: BuildOptions): Promise<OutputFile[]> | OutputFile[];
    }
  | {
      readonly name: string;
      buildAll(
        courses: readonly CompiledCourse[],
        built: ReadonlyMap<string, OutputFile[]>,
      ): Promise<OutputFile[]>;
    };
