import path from "node:path";
import { UsageError } from "../usage.ts";
import { initProject, newLesson, newModule } from "./scaffold.ts";

const NEW_USAGE = 'expected `new module "<title>"` or `new lesson <module-dir> "<title>"`';

/** `init [dir]` and `new module|lesson …`: prints each file written; returns the exit code. */
export async function runScaffold(
  command: "init" | "new",
  args: string[],
  courseDir: string | undefined,
  version: string,
): Promise<number> {
  const written = command === "init" ? await init(args, version) : await addPart(args, courseDir);
  for (const file of written) process.stderr.write(`created ${path.relative(".", file) || file}\n`);
  if (command === "init") {
    const dir = args[0] ?? ".";
    process.stderr.write(
      `\nNext: ${dir === "." ? "" : `cd ${dir} && `}npm install, then npm run dev to preview and npm run check.\n`,
    );
  }
  return 0;
}

function init(args: string[], version: string): Promise<string[]> {
  if (args.length > 1) throw new UsageError("init takes one folder");
  return initProject(args[0] ?? ".", version);
}

function addPart(args: string[], courseDir: string | undefined): Promise<string[]> {
  const [kind, ...rest] = args;
  if (kind === "module" && rest.length === 1 && rest[0]) return newModule(rest[0], courseDir);
  if (kind === "lesson" && rest.length === 2 && rest[0] && rest[1]) return newLesson(rest[0], rest[1]);
  throw new UsageError(`Unexpected arguments to new, ${NEW_USAGE}`);
}
