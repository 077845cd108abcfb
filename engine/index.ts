/**
 * The compiler's public surface: read a course folder (or build one in memory), compile it to the
 * course model, report diagnostics. Everything else in engine/ is internal.
 */
export { type Rule, type RuleId, rules, type Severity } from "./diagnostics/catalogue.ts";
export {
  collectDiagnostics,
  type Diagnostic,
  type DiagnosticReport,
  formatHuman,
  formatJson,
} from "./diagnostics/format.ts";
export { canonicalJson } from "./model/canonical-json.ts";
export { type CompileResult, compileCourse } from "./model/compile-course.ts";
export type { HastContent, RichText } from "./model/hast.ts";
export {
  type Block,
  type CourseModel,
  courseModelSchema,
  type GlossaryTerm,
  type InteractionBlock,
  type Lesson,
  type Module,
  type Screen,
} from "./model/schema.ts";
export { type CourseSource, createCourseSource, type SourceEntry } from "./source/course-source.ts";
export { readCourse } from "./source/read-course.ts";
