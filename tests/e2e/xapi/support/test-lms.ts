/**
 * The LMS side of the xAPI journeys, on 127.0.0.1: serves the unpacked packages, plays the TinCan
 * launcher (launch URL with endpoint, auth, actor) and the cmi5 LMS (LaunchData, one-time fetch
 * tokens), serves State and agent profiles itself and forwards statements to the real LRS, checking
 * Basic auth on every xAPI request. Faults (down, 500, 401) are switched on and off by the tests;
 * every statement id the AU sends is recorded, to count what was made against what was stored.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { readZip } from "../../../../exporters/zip.ts";
import { serveStatic } from "../../support/static-server.ts";
import { createDocumentStore } from "./lms-documents.ts";
import type { Lrs } from "./lrs.ts";

export type Fault = "down" | 500 | 401 | undefined;
type Json = Record<string, unknown>;

/** Who may call the xAPI endpoint: the cmi5 tokens handed out and the TinCan credentials in launch URLs. */
export interface Credentials {
  tokens: Map<string, string>;
  tincan: Set<string>;
}

export interface TestLms {
  url: string;
  endpoint: string;
  install(name: string, zip: Uint8Array): Promise<void>;
  /** Applies to every /xapi/ request until changed. */
  fault: Fault;
  /** How many requests a fault has refused so far. */
  faulted: number;
  credentials: Credentials;
  documents: ReturnType<typeof createDocumentStore>;
  /** One-time fetch URLs → the token they give. */
  fetchTokens: Map<string, string>;
  /** Every statement id the AU sent (whether or not it got through), by registration. */
  sent: Map<string, Set<string>>;
  /** Requests the LMS refused for a wrong Authorization, and AU writes to LMS.LaunchData. */
  refused: { unauthorized: number; launchDataWrites: number };
  /** Statements the LRS stored for a registration, in stored order. */
  stored(registration: string): Promise<Json[]>;
  close(): Promise<void>;
}

const LRS_AUTH = `Basic ${Buffer.from("lms:secret").toString("base64")}`;

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function reply(response: ServerResponse, status: number, body?: unknown): void {
  response.writeHead(status, body === undefined ? {} : { "content-type": "application/json" });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

export async function startTestLms(lrs: Lrs): Promise<TestLms> {
  const root = await mkdtemp(path.join(tmpdir(), "cm-xapi-lms-"));
  const packages = await serveStatic(root, 600_000);
  const lms: TestLms = {
    url: "",
    endpoint: "",
    fault: undefined,
    faulted: 0,
    credentials: { tokens: new Map(), tincan: new Set() },
    documents: createDocumentStore(),
    fetchTokens: new Map(),
    sent: new Map(),
    refused: { unauthorized: 0, launchDataWrites: 0 },
    async install(name, zip) {
      for (const [entry, bytes] of readZip(zip)) {
        const destination = path.join(root, "packages", name, ...entry.split("/"));
        await mkdir(path.dirname(destination), { recursive: true });
        await writeFile(destination, bytes);
      }
    },
    async stored(registration) {
      const query = new URLSearchParams({ registration, ascending: "true", limit: "1000" });
      const response = await fetch(`${lrs.endpoint}statements?${query}`, {
        headers: { Authorization: LRS_AUTH, "X-Experience-API-Version": "1.0.3" },
      });
      return ((await response.json()) as { statements: Json[] }).statements;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await packages.close();
      await rm(root, { recursive: true, force: true });
    },
  };

  const authorized = (header: string | undefined) =>
    header !== undefined &&
    ([...lms.credentials.tokens.values()].some((token) => header === `Basic ${token}`) ||
      lms.credentials.tincan.has(header));

  function recordSent(body: string): void {
    const value = JSON.parse(body || "null") as Json | Json[] | null;
    for (const statement of Array.isArray(value) ? value : value ? [value] : []) {
      const registration = String((statement.context as Json | undefined)?.registration);
      lms.sent.set(registration, (lms.sent.get(registration) ?? new Set()).add(String(statement.id)));
    }
  }

  async function forwardStatements(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    body: string,
  ) {
    const forwarded = await fetch(`${lrs.endpoint}statements${url.search}`, {
      method: request.method,
      headers: {
        Authorization: LRS_AUTH,
        "X-Experience-API-Version": "1.0.3",
        "Content-Type": "application/json",
      },
      body: request.method === "GET" ? undefined : body,
    });
    response.writeHead(forwarded.status, { "content-type": "application/json" });
    response.end(await forwarded.text());
  }

  async function handleXapi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const body = await bodyOf(request);
    const resource = url.pathname.replace(/^\/xapi\//, "");
    if (resource === "statements" && request.method !== "GET") recordSent(body);
    if (lms.fault !== undefined) lms.faulted += 1;
    if (lms.fault === "down") return void request.socket.destroy();
    if (typeof lms.fault === "number")
      return reply(response, lms.fault, { message: "fault injected by the test" });
    if (!authorized(request.headers.authorization)) {
      lms.refused.unauthorized += 1;
      return reply(response, 401, { message: "unauthorized" });
    }
    if (resource === "statements") return forwardStatements(request, response, url, body);
    if (resource !== "activities/state" && resource !== "agents/profile") return reply(response, 404);
    if (request.method === "GET") {
      const document = lms.documents.get(resource, url.searchParams);
      return document === undefined ? reply(response, 404) : reply(response, 200, document);
    }
    if (url.searchParams.get("stateId") === "LMS.LaunchData") {
      lms.refused.launchDataWrites += 1; // an AU must never change it (cmi5 10.2.1.0-5)
      return reply(response, 403);
    }
    lms.documents.put(resource, url.searchParams, JSON.parse(body));
    return reply(response, 204);
  }

  function handleFetch(response: ServerResponse, url: URL): void {
    const token = lms.fetchTokens.get(url.href);
    lms.fetchTokens.delete(url.href);
    if (token) reply(response, 200, { "auth-token": token });
    else reply(response, 200, { "error-code": "1", "error-text": "already used or unknown" });
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", lms.url);
    const handled = url.pathname.startsWith("/xapi/")
      ? handleXapi(request, response, url)
      : url.pathname === "/fetch" && request.method === "POST"
        ? Promise.resolve(handleFetch(response, url))
        : url.pathname === "/return"
          ? Promise.resolve(reply(response, 200, { back: "in the LMS" }))
          : fetch(`${packages.url}${url.pathname}`).then(async (file) => {
              response.writeHead(file.status, { "content-type": file.headers.get("content-type") ?? "" });
              response.end(Buffer.from(await file.arrayBuffer()));
            });
    handled.catch(() => request.socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  lms.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  lms.endpoint = `${lms.url}/xapi/`;
  return lms;
}
