/**
 * An LRS and cmi5 LMS in memory, as a `fetch` function, for unit tests of the xAPI tracker: it
 * stores statements by id (a different statement with a stored id is a 409), State documents and
 * agent profiles, hands out one fetch token, and fails on demand.
 */
import type { Statement } from "../lrs-client.ts";

export interface FakeRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: unknown;
  keepalive: boolean;
}

export interface FakeLrs {
  fetch: typeof fetch;
  statements: Statement[];
  requests: FakeRequest[];
  documents: Map<string, unknown>;
  /** Answers this status (or no answer at all: "offline") instead of handling the request. */
  failWith: ((request: FakeRequest) => number | "offline" | undefined) | undefined;
}

const documentKey = (url: URL) => {
  const params = new URLSearchParams(url.search);
  return [url.pathname, params.get("stateId") ?? params.get("profileId"), params.get("registration")].join(
    "|",
  );
};

export function createFakeLrs(options: { token?: string } = {}): FakeLrs {
  const lrs: FakeLrs = {
    statements: [],
    requests: [],
    documents: new Map(),
    failWith: undefined,
    fetch: async (input, init) => {
      const url = new URL(String(input));
      const text = typeof init?.body === "string" ? init.body : undefined;
      const request: FakeRequest = {
        method: init?.method ?? "GET",
        url,
        headers: (init?.headers ?? {}) as Record<string, string>,
        body: text === undefined ? undefined : JSON.parse(text),
        keepalive: init?.keepalive === true,
      };
      lrs.requests.push(request);
      const failure = lrs.failWith?.(request);
      if (failure === "offline") throw new TypeError("Failed to fetch");
      if (failure !== undefined) return new Response("", { status: failure });
      return handle(request);
    },
  };
  const usedFetchUrls = new Set<string>();

  function store(statement: Statement): number {
    const stored = lrs.statements.find((candidate) => candidate.id === statement.id);
    if (!stored) lrs.statements.push(statement);
    return stored && JSON.stringify(stored) !== JSON.stringify(statement) ? 409 : 204;
  }

  function handle({ method, url, body }: FakeRequest): Response {
    const json = (value: unknown, status = 200) => Response.json(value, { status });
    if (url.pathname.endsWith("/fetch")) {
      if (usedFetchUrls.has(url.href)) return json({ "error-code": "1", "error-text": "already used" }, 400);
      usedFetchUrls.add(url.href);
      return json({ "auth-token": options.token ?? "dG9rZW4=" });
    }
    if (url.pathname.endsWith("/statements")) {
      if (method === "PUT") return new Response(null, { status: store(body as Statement) });
      const statements = body as Statement[];
      const conflicts = statements.some((statement) => {
        const stored = lrs.statements.find((candidate) => candidate.id === statement.id);
        return stored && JSON.stringify(stored) !== JSON.stringify(statement);
      });
      if (conflicts) return new Response("", { status: 409 }); // a batch is stored whole or not at all
      for (const statement of statements) store(statement);
      return json(statements.map((statement) => statement.id));
    }
    const key = documentKey(url);
    if (method === "PUT") {
      lrs.documents.set(key, body);
      return new Response(null, { status: 204 });
    }
    return lrs.documents.has(key) ? json(lrs.documents.get(key)) : new Response("", { status: 404 });
  }
  return lrs;
}
