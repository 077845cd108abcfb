/**
 * A small hand-written xAPI 1.0.3 client (no library: the package's first open stays within budget):
 * statements and documents (State, agent profile), the version header on every request, the
 * launch's Authorization value as given, and the TinCan launch's unknown parameters echoed.
 */

export const XAPI_VERSION = "1.0.3";

export type Statement = Record<string, unknown> & { id: string };

/** What became of a request: stored, refused for good (a malformed statement), or worth retrying. */
export type Delivery = "stored" | "conflict" | "rejected" | "retry";

export type DocumentResource = "activities/state" | "agents/profile";

export interface LrsClient {
  /** POSTs statements as one ordered batch. */
  postStatements(statements: readonly Statement[], keepalive?: boolean): Promise<Delivery>;
  /** PUTs one statement by its id (a 409 then means the LRS has that id already). */
  putStatement(statement: Statement): Promise<Delivery>;
  /** A document's JSON; `null` when the LRS has none (404); undefined when it could not answer. */
  getDocument(resource: DocumentResource, params: Record<string, string>): Promise<unknown>;
  putDocument(
    resource: DocumentResource,
    params: Record<string, string>,
    body: unknown,
    keepalive?: boolean,
  ): Promise<Delivery>;
}

export interface LrsClientOptions {
  endpoint: string;
  /** The Authorization header value; read at each request (cmi5's token arrives after launch). */
  authorization: () => string;
  /** Query parameters added to every request (the TinCan launch's unknown ones). */
  extra?: ReadonlyArray<readonly [string, string]>;
  fetch?: typeof fetch;
}

export function deliveryOf(status: number): Delivery {
  if (status >= 200 && status < 300) return "stored";
  if (status === 409) return "conflict";
  // 400: the statement itself is wrong; sending it again cannot help (401/403/5xx may pass later).
  if (status === 400) return "rejected";
  return "retry";
}

export function createLrsClient(options: LrsClientOptions): LrsClient {
  const send = options.fetch ?? ((input, init) => fetch(input, init));
  const url = (resource: string, params: Record<string, string> = {}) => {
    const pairs = [...Object.entries(params), ...(options.extra ?? [])].map(([name, value]) => [name, value]);
    const query = new URLSearchParams(pairs).toString();
    return `${options.endpoint}${resource}${query ? `?${query}` : ""}`;
  };
  const request = async (
    method: string,
    target: string,
    body?: unknown,
    keepalive = false,
  ): Promise<Response | undefined> => {
    const headers: Record<string, string> = { "X-Experience-API-Version": XAPI_VERSION };
    const authorization = options.authorization();
    if (authorization) headers.Authorization = authorization;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    try {
      return await send(target, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        keepalive,
        cache: "no-store",
      });
    } catch {
      return undefined; // offline, or the LRS did not answer
    }
  };
  const delivery = (response: Response | undefined): Delivery =>
    response ? deliveryOf(response.status) : "retry";

  return {
    postStatements: async (statements, keepalive) =>
      delivery(await request("POST", url("statements"), statements, keepalive)),
    putStatement: async (statement) =>
      delivery(await request("PUT", url("statements", { statementId: statement.id }), statement)),
    async getDocument(resource, params) {
      const response = await request("GET", url(resource, params));
      if (response?.status === 404) return null;
      if (!response?.ok) return undefined;
      try {
        return await response.json();
      } catch {
        return null;
      }
    },
    putDocument: async (resource, params, body, keepalive) =>
      delivery(await request("PUT", url(resource, params), body, keepalive)),
  };
}
