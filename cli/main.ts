import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { VFile } from "vfile";
import { collectDiagnostics, formatHuman, formatJson } from "../engine/diagnostics/format.ts";
import { compileEditions } from "../engine/i18n/editions.ts";
import { compileCourse } from "../engine/model/compile-course.ts";
import { reportDuplicateCourseIds } from "../engine/model/course-ids.ts";
import { findCourseDirs, isCourseDir, readCourse } from "../engine/source/read-course.ts";
import { SPLITS, type Split } from "../exporters/scorm-shared/parts.ts";
import { BuildError, type CompiledCourse, type OutputFile } from "../exporters/target.ts";
import { resolveTargets, type TargetEntry, targets } from "../exporters/targets.ts";
import { writeBuild } from "../exporters/write.ts";
import { createProgress } from "./progress.ts";
import { USAGE, UsageError } from "./usage.ts";

const COMMANDS = ["check", "build", "dev", "init", "new", "validate", "translate"] as const;
type Command = (typeof COMMANDS)[number];

interface Options {
  command: Command;
  courseDirs: string[];
  format: "human" | "json";
  strict: boolean;
  out: string;
  /** `--out` as given (translate writes next to the course without it). */
  explicitOut: string | undefined;
  lang: string | undefined;
  target: string;
  split: Split;
  port: number;
  course: string | undefined;
}

function parseOptions(argv: string[]): Options | "help" | "version" {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", default: "human" },
      strict: { type: "boolean", default: false },
      out: { type: "string" },
      lang: { type: "string" },
      target: { type: "string", default: "all" },
      split: { type: "string", default: "module" },
      port: { type: "string", default: "4321" },
      course: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "v", default: false },
    },
  });
  if (values.help) return "help";
  if (values.version) return "version";
  const [command, ...courseDirs] = positionals;
  const expected = "expected check, build, dev, init, new, validate or translate";
  if (!command) throw new UsageError(`Missing command, ${expected}`);
  if (!COMMANDS.includes(command as Command))
    throw new UsageError(`Unknown command "${command}", ${expected}`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`Invalid port "${values.port}"`);
  if (values.format !== "human" && values.format !== "json") {
    throw new UsageError(`Unknown format "${values.format}", expected human or json`);
  }
  if (!SPLITS.includes(values.split as Split)) {
    throw new UsageError(`Unknown split "${values.split}", expected ${SPLITS.join(" or ")}`);
  }
  return {
    command: command as Command,
    courseDirs,
    format: values.format,
    strict: values.strict,
    out: values.out ?? "dist",
    explicitOut: values.out,
    lang: values.lang,
    target: values.target,
    split: values.split as Split,
    port,
    course: values.course,
  };
}

async function resolveCourseDirs(dirs: string[]): Promise<string[]> {
  if (dirs.length === 0) {
    const found = await findCourseDirs("course-src").catch(() => []);
    if (found.length === 0)
      throw new UsageError(
        "No course found under ./course-src/; pass a course folder (one with a course.md)",
      );
    return found;
  }
  for (const dir of dirs) {
    if (!(await isCourseDir(dir)))
      throw new UsageError(`"${dir}" is not a course folder (it has no course.md)`);
  }
  // A folder named twice (`shop` and `./shop/`) is checked once.
  return dirs.filter(
    (dir, index) => dirs.findIndex((other) => path.resolve(other) === path.resolve(dir)) === index,
  );
}

function printDiagnostics(files: VFile[], format: Options["format"]): { errors: number; warnings: number } {
  const report = collectDiagnostics(files);
  if (format === "json") process.stdout.write(formatJson(report));
  else process.stderr.write(formatHuman(report));
  return report.summary;
}

async function preview(options: Options): Promise<number> {
  const courseDirs = await resolveCourseDirs(options.courseDirs);
  const { startPreview } = await import("./dev.ts");
  const server = await startPreview(options.courseDirs.length > 0 ? courseDirs : [], options.port);
  process.stderr.write(`Preview at ${server.url} (Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await server.stop();
  return 0;
}

/** What only the selected targets need (xapi, cmi5: an IRI base), reported once per course and check. */
function checkForTargets(selected: readonly TargetEntry[], compiled: readonly CompiledCourse[]): void {
  // Targets with the same needs share one check function: it runs once per course.
  const checks = new Set(selected.flatMap((target) => (target.check ? [target.check] : [])));
  for (const course of compiled) for (const check of checks) check(course);
}

async function run(options: Options): Promise<number> {
  // Each command loads what it uses: `check` loads no packager, bundler, image tool or Astro.
  if (options.command === "dev") return preview(options);
  if (options.command === "init" || options.command === "new") {
    const { runScaffold } = await import("./scaffold/command.ts");
    return runScaffold(options.command, options.courseDirs, options.course, await version());
  }
  if (options.command === "validate") {
    const { validatePackages } = await import("./validate.ts");
    return validatePackages(options.courseDirs, options.format, options.strict);
  }
  if (options.command === "translate") {
    const { runTranslate } = await import("./translate.ts");
    return runTranslate(options.courseDirs, options.lang, options.explicitOut);
  }
  const selected = resolveTargets(options.target);
  if (typeof selected === "string") throw new UsageError(selected);
  const progress = createProgress();
  const courseDirs = await resolveCourseDirs(options.courseDirs);
  const files: VFile[] = [];
  const compiled: CompiledCourse[] = [];
  for (const [index, dir] of courseDirs.entries()) {
    progress.step(`[${index + 1}/${courseDirs.length}] checking ${dir}`);
    const source = await readCourse(dir);
    const result = compileCourse(source);
    files.push(...result.files);
    if (result.model) {
      // Each translations/<lang>.xlf is a language edition, built into every target like a course;
      // each carries the others, for learners whose platform prefers another language.
      const editions = compileEditions(result.model, source);
      files.push(...editions.files);
      const models = [result.model, ...editions.models];
      compiled.push(
        ...models.map((model) => ({
          model,
          source,
          editions: editions.models.length > 0 ? models.filter((other) => other !== model) : undefined,
        })),
      );
    }
  }
  reportDuplicateCourseIds(compiled);
  // check reports what build would refuse: the needs of the same targets (--target, default all).
  checkForTargets(selected, compiled);
  progress.done();
  const { errors, warnings } = printDiagnostics(files, options.format);
  if (errors > 0 || (options.strict && warnings > 0)) return 1;
  if (options.command === "check") return 0;

  const outputs = new Map<string, OutputFile[]>();
  for (const entry of selected) {
    const target = await entry.load();
    const targetFiles: OutputFile[] = [];
    if ("buildAll" in target) {
      progress.step(`building ${target.name}`);
      targetFiles.push(...(await target.buildAll(compiled, outputs)));
    } else {
      for (const course of compiled) {
        progress.step(`building ${target.name} for ${course.model.id}`);
        targetFiles.push(...(await target.build(course, { split: options.split })));
      }
    }
    outputs.set(target.name, targetFiles);
  }
  progress.step(`writing ${path.resolve(options.out)}`);
  const artefacts = await writeBuild(options.out, outputs);
  progress.done();
  if (options.format === "human") {
    for (const warning of buildWarnings(outputs)) process.stderr.write(`warning: ${warning}\n`);
    const built = artefacts.filter((artefact) => outputs.has(artefact.target)).length;
    process.stderr.write(
      `Built ${built} file${built === 1 ? "" : "s"} into ${options.out}/ (see ${options.out}/build-report.json).\n`,
    );
  }
  return 0;
}

/** What a target built with a reservation (`extra.warnings`, e.g. questions moodle-xml leaves out). */
function buildWarnings(outputs: Map<string, OutputFile[]>): string[] {
  return [...outputs.values()].flat().flatMap((file) => {
    const warnings = file.extra?.warnings;
    return Array.isArray(warnings) ? warnings.map(String) : [];
  });
}

async function version(): Promise<string> {
  const packageJson = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return packageJson.version;
}

/** The CLI: returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (options === "help") {
      process.stdout.write(USAGE.replace("TARGETS", targets.map((target) => target.name).join(", ")));
      return 0;
    }
    if (options === "version") {
      process.stdout.write(`${await version()}\n`);
      return 0;
    }
    return await run(options);
  } catch (error) {
    if (error instanceof BuildError) {
      process.stderr.write(`coursemark: build failed: ${error.message}\n`);
      return 1;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`coursemark: ${(error as Error).message}\nRun "coursemark --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
}
