/**
 * Runs one compile per message on a worker thread, so the fuzz test can stop a compile that hangs
 * (a synchronous loop cannot be interrupted on the thread that runs it).
 */
import { parentPort } from "node:worker_threads";
import { collectDiagnostics, type Diagnostic } from "../../engine/diagnostics/format.ts";
import { compileCourse } from "../../engine/model/compile-course.ts";
import { createCourseSource, type SourceEntry } from "../../engine/source/course-source.ts";

export interface CompileOutcome {
  /** CPU time of the compile on its thread: unlike wall time, not inflated by other work on the machine. */
  cpuMs: number;
  /** The error's stack when compileCourse threw; undefined when it returned. */
  thrown: string | undefined;
  hasModel: boolean;
  diagnostics: Diagnostic[];
  /** Messages recorded without any place, before the formatter defaults them to 1:1. */
  unlocated: string[];
  /** Line count of each file's text, by the path the diagnostics use. */
  lineLengths: Record<string, number[]>;
}

const lossyUtf8 = new TextDecoder("utf-8");

function compile(entries: SourceEntry[]): CompileOutcome {
  const started = process.threadCpuUsage();
  const cpuMs = () => {
    const { user, system } = process.threadCpuUsage(started);
    return Math.round((user + system) / 1000);
  };
  const source = createCourseSource("course", entries);
  try {
    const { model, files } = compileCourse(source);
    const lineLengths: Record<string, number[]> = {};
    for (const file of files) {
      // An unreadable file keeps no text; its diagnostics point into the bytes as an editor shows them.
      const bytes = entries.find((entry) => entry.coursePath === file.data.coursePath)?.bytes;
      const text = String(file.value) || lossyUtf8.decode(bytes);
      lineLengths[file.path] = text.split("\n").map((line) => line.length);
    }
    const unlocated = files.flatMap((file) =>
      file.messages
        .filter((message) => message.line === undefined || message.column === undefined)
        .map((message) => `${file.path}: ${message.reason} [${message.ruleId}]`),
    );
    const { diagnostics } = collectDiagnostics(files, process.cwd());
    return {
      cpuMs: cpuMs(),
      thrown: undefined,
      hasModel: model !== undefined,
      diagnostics,
      unlocated,
      lineLengths,
    };
  } catch (error) {
    const thrown = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { cpuMs: cpuMs(), thrown, hasModel: false, diagnostics: [], unlocated: [], lineLengths: {} };
  }
}

parentPort?.on("message", (entries: SourceEntry[]) => {
  parentPort?.postMessage(compile(entries));
});
parentPort?.postMessage("ready");
