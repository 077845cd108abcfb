/**
 * Coursemark as another project installs it: `npm pack`, then `npm install <tarball>` into an empty
 * folder, then the installed `coursemark` starts a course and checks, builds and previews it there.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDir, REPO, removeTempDir } from "../tests/unit/support/run-cli.ts";

const INSTALL_TIMEOUT = 20 * 60_000;
let root: string;
let project: string;
let bin: string;

/** Variables the test runner sets for Vite-based code; with them Astro's dev server answers every page 404. */
const TEST_RUNNER_KEYS = /^(VITEST.*|TEST|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR)$/;
/** An author's shell: the environment without the test runner's variables. */
const AUTHOR_ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !TEST_RUNNER_KEYS.test(key))),
  NO_COLOR: "1",
};

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: AUTHOR_ENV });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The installed CLI, run by this Node (22) as npx would. */
const coursemark = (args: string[], cwd: string) => run(process.execPath, [bin, ...args], cwd);

beforeAll(() => {
  root = createTempDir();
  const pack = run("npm", ["pack", "--json", "--pack-destination", root], REPO);
  expect(pack.status, pack.stderr).toBe(0);
  const [packed] = JSON.parse(pack.stdout) as Array<{ filename: string }>;
  const filename = packed?.filename ?? "";
  project = path.join(root, "authors-project");
  mkdirSync(project);
  writeFileSync(path.join(project, "package.json"), '{ "name": "authors-project", "private": true }\n');
  const install = run(
    "npm",
    ["install", path.join(root, filename), "--no-audit", "--no-fund", "--prefer-offline"],
    project,
  );
  expect(install.status, install.stderr).toBe(0);
  bin = path.join(project, "node_modules", ".bin", "coursemark");
  expect(coursemark(["init", "shop"], project).status).toBe(0);
}, INSTALL_TIMEOUT);
afterAll(() => removeTempDir(root), 120_000);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 0;
}

let devOutput = "";

/** Resolves with the preview's URL once the CLI prints it. */
function previewUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const collect = (chunk: Buffer) => {
      devOutput += chunk.toString();
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", (chunk: Buffer) => {
      collect(chunk);
      output += chunk.toString();
      const url = /Preview at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`coursemark dev exited ${code}:\n${output}`)));
  });
}

describe("the npm package, installed into an empty project", () => {
  it(
    "starts a course that passes check --strict and builds every target outside the repository",
    () => {
      const course = path.join(project, "shop");
      expect(coursemark(["check", "--strict"], course)).toMatchObject({
        status: 0,
        stderr: "No problems found.\n",
      });
      const build = coursemark(["build", "--out", "out"], course);
      expect(build.status, build.stderr).toBe(0);
      const out = path.join(course, "out");
      expect(readdirSync(out)).toEqual(
        expect.arrayContaining(["scorm12", "scorm2004", "site", "moodle-xml"]),
      );
      expect(existsSync(path.join(out, "site", "shop", "getting_started", "welcome", "index.html"))).toBe(
        true,
      );
      expect(readdirSync(course).sort()).toEqual([
        ".gitignore",
        "README.md",
        "course-src",
        "out",
        "package.json",
      ]);
      expect(existsSync(path.join(project, ".astro"))).toBe(false);
      // The CLI's stripped TypeScript is kept where build tools keep caches: the project's node_modules/.cache.
      expect(readdirSync(path.join(project, "node_modules", ".cache", "coursemark")).length).toBeGreaterThan(
        100,
      );
    },
    INSTALL_TIMEOUT,
  );

  it(
    "serves the live preview of the author's course",
    async () => {
      const course = path.join(project, "shop");
      const child = spawn(process.execPath, [bin, "dev", "--port", String(await freePort())], {
        cwd: course,
        env: AUTHOR_ENV,
      });
      try {
        const lesson = `${await previewUrl(child)}shop/getting_started/welcome/`;
        // The server may still be optimising its dependencies when it first says it is ready.
        await expect
          .poll(async () => (await fetch(lesson)).status, {
            timeout: 180_000,
            interval: 500,
            message: devOutput,
          })
          .toBe(200);
        expect(await (await fetch(lesson)).text()).toContain("Welcome");
      } finally {
        child.kill("SIGTERM");
      }
    },
    INSTALL_TIMEOUT,
  );
});
