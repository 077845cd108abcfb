import path from "node:path";
import type { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: "error" | "warning";
  ruleId: string;
  message: string;
  hint: string;
}

export interface DiagnosticReport {
  diagnostics: Diagnostic[];
  summary: { errors: number; warnings: number };
}

function toDiagnostic(file: VFile, message: VFileMessage, cwd: string): Diagnostic {
  const start = message.place && "start" in message.place ? message.place.start : message.place;
  const end = message.place && "end" in message.place ? message.place.end : start;
  const filePath = file.path ? path.relative(cwd, path.resolve(cwd, file.path)) : "<input>";
  return {
    file: filePath.split(path.sep).join("/"),
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    severity: message.fatal === true ? "error" : "warning",
    ruleId: message.ruleId ?? "internal",
    message: message.reason,
    hint: message.note ?? "",
  };
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

/** Collects every message of every file, sorted by file and position. */
export function collectDiagnostics(files: readonly VFile[], cwd = process.cwd()): DiagnosticReport {
  const diagnostics = files
    .flatMap((file) => file.messages.map((message) => toDiagnostic(file, message, cwd)))
    .sort(compareDiagnostics);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
  return { diagnostics, summary: { errors, warnings: diagnostics.length - errors } };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** `path:line:column: severity: message [rule-id]`, an indented hint, and a summary line last. */
export function formatHuman(report: DiagnosticReport): string {
  const lines = report.diagnostics.flatMap((diagnostic) => [
    `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.ruleId}]`,
    `    hint: ${diagnostic.hint}`,
  ]);
  const { errors, warnings } = report.summary;
  lines.push(
    errors + warnings === 0
      ? "No problems found."
      : `${plural(errors, "error")}, ${plural(warnings, "warning")}.`,
  );
  return `${lines.join("\n")}\n`;
}

export function formatJson(report: DiagnosticReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
