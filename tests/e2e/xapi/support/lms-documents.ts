/**
 * The State and agent profile APIs the test LMS serves in front of the real LRS (Learning Locker's
 * statement service has neither, STANDARDS.md §7): documents in memory, keyed as xAPI keys them.
 */
export interface DocumentStore {
  get(resource: string, params: URLSearchParams): unknown;
  put(resource: string, params: URLSearchParams, body: unknown): void;
}

function keyOf(resource: string, params: URLSearchParams): string {
  const agent = JSON.parse(params.get("agent") ?? "{}") as { account?: { name?: string }; mbox?: string };
  const who = agent.account?.name ?? agent.mbox ?? "";
  const id = resource.endsWith("profile") ? params.get("profileId") : params.get("stateId");
  return [resource, params.get("activityId") ?? "", who, params.get("registration") ?? "", id].join("|");
}

export function createDocumentStore(): DocumentStore {
  const documents = new Map<string, unknown>();
  return {
    get: (resource, params) => documents.get(keyOf(resource, params)),
    put: (resource, params, body) => void documents.set(keyOf(resource, params), body),
  };
}
