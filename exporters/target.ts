import type { CourseModel } from "../engine/model/schema.ts";
import type { CourseSource } from "../engine/source/course-source.ts";

/** One file a target produces; `path` is relative to the output folder and uses `/`. */
export interface OutputFile {
  path: string;
  content: Uint8Array;
  course: string;
  module: string | null;
  /** Target-specific facts for build-report.json (e.g. firstOpenBytes). */
  extra?: Record<string, unknown>;
}

export interface CompiledCourse {
  model: CourseModel;
  source: CourseSource;
}

/** A build target: pure, from compiled courses to files. Only exporters/write.ts writes them. */
export interface Target {
  readonly name: string;
  build(course: CompiledCourse): Promise<OutputFile[]> | OutputFile[];
}
