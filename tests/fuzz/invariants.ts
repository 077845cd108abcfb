import { rules } from "../../engine/diagnostics/catalogue.ts";
import type { CourseCase } from "./course-case.ts";
import { type GuardedOutcome, HANG_CAP_MS } from "./guarded-compile.ts";

/** Every way a compile outcome can break the compiler's contract; empty when it keeps it. */
export function contractViolations(courseCase: CourseCase, outcome: GuardedOutcome): string[] {
  if (outcome.hung) return [`no result at all (stopped after ${outcome.stoppedAfterMs} ms)`];
  if (outcome.thrown !== undefined) return [`compileCourse threw: ${outcome.thrown}`];
  const problems = outcome.unlocated.map((message) => `diagnostic without a place: ${message}`);
  if (outcome.cpuMs > HANG_CAP_MS)
    problems.push(`took ${outcome.cpuMs} ms of CPU, over the ${HANG_CAP_MS} ms hang cap`);
  for (const diagnostic of outcome.diagnostics) {
    const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} [${diagnostic.ruleId}]`;
    const lines = outcome.lineLengths[diagnostic.file] ?? [];
    const lineLength = lines[diagnostic.line - 1];
    if (!(diagnostic.line >= 1 && diagnostic.column >= 1)) problems.push(`${where}: line or column below 1`);
    if (lineLength === undefined)
      problems.push(`${where}: line past the end of the file (${lines.length} lines)`);
    else if (diagnostic.column > lineLength + 1)
      problems.push(`${where}: column past the end of the line (${lineLength} characters)`);
    if (!Object.hasOwn(rules, diagnostic.ruleId)) problems.push(`${where}: rule id not in the catalogue`);
    if (diagnostic.message.trim() === "") problems.push(`${where}: empty message`);
    if (diagnostic.hint.trim() === "") problems.push(`${where}: empty hint`);
  }
  const errors = outcome.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (outcome.hasModel && errors.length > 0) problems.push(`a model despite ${errors.length} errors`);
  if (!outcome.hasModel && errors.length === 0) problems.push("no model, yet no error says why");
  for (const [coursePath, ruleIds] of courseCase.expected) {
    const file = `course/${coursePath}`;
    const found = errors.some((error) => error.file === file && ruleIds.includes(error.ruleId));
    if (!found) problems.push(`${file}: expected an error among ${ruleIds.join(", ")}`);
  }
  return problems;
}
