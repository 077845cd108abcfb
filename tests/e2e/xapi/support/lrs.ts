/**
 * A real LRS for the tests: Learning Locker's statement service (`@learninglocker/xapi-statements`)
 * in memory, on 127.0.0.1 only (lrs-preload.cjs), stopped with the test process. It has no State or
 * profile APIs; the test LMS (test-lms.ts) serves those and forwards statements here.
 */
import { type ChildProcess, fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface Lrs {
  /** The xAPI endpoint, ending in `/`. */
  endpoint: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const PRELOAD = fileURLToPath(new URL("./lrs-preload.cjs", import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function ready(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on("message", (message) => {
      if (message === "ready") resolve();
    });
    child.once("exit", (code) => reject(new Error(`The LRS exited (code ${code}) before it was ready`)));
  });
}

export async function startLrs(): Promise<Lrs> {
  const port = await freePort();
  const storage = await mkdtemp(path.join(tmpdir(), "cm-lrs-"));
  const child = fork(require.resolve("@learninglocker/xapi-statements/dist/server.js"), [], {
    execArgv: ["-r", PRELOAD],
    stdio: ["ignore", "ignore", "ignore", "ipc"],
    env: {
      ...process.env,
      MODELS_REPO: "memory",
      STORAGE_REPO: "local",
      AUTH_REPO: "test",
      EVENTS_REPO: "test",
      EXPRESS_PORT: String(port),
      FS_LOCAL_STORAGE_DIR: storage,
      EXPRESS_MORGAN_DIRECTORY: path.join(storage, "access-logs"),
      WINSTON_CONSOLE_LEVEL: "error",
    },
  });
  await ready(child);
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      await rm(storage, { recursive: true, force: true });
    },
  };
}
