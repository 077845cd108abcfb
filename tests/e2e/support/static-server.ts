import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createGzip } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
  ".mp3": "audio/mpeg",
  ".webm": "video/webm",
  ".vtt": "text/vtt",
  ".xml": "application/xml",
  ".xsd": "application/xml",
  ".webmanifest": "application/manifest+json",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 (a free port). It closes itself after `idleMs` without requests,
 * so a crashed test run never leaves it behind. `gzip`: compress text as a real server would.
 */
export async function serveStatic(
  root: string,
  idleMs = 120_000,
  options: { gzip?: boolean } = {},
): Promise<StaticServer> {
  let idle: NodeJS.Timeout | undefined;
  const server: Server = createServer(async (request, response) => {
    armIdle();
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    let file = path.join(root, path.normalize(urlPath).replace(/^(\.\.[/\\])+/, ""));
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
      await stat(file);
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      // As a web server or an LMS would: text compressed for a client that accepts gzip (benchmarks).
      const gzip =
        options.gzip &&
        /^text\/|json|xml|svg/.test(type) &&
        /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
      response.writeHead(200, { "content-type": type, ...(gzip ? { "content-encoding": "gzip" } : {}) });
      if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
      else createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  function armIdle() {
    clearTimeout(idle);
    idle = setTimeout(() => void close(), idleMs);
    idle.unref();
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  armIdle();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      clearTimeout(idle);
      server.closeAllConnections();
      await close();
    },
  };
}
