import { describe, expect, it } from "vitest";
import { memoryStore } from "../device-storage.ts";
import { createLrsClient, type Statement } from "./lrs-client.ts";
import { createOutbox, type OutboxOptions } from "./outbox.ts";
import { createFakeLrs } from "./testing/fake-lrs.ts";

const statement = (n: number): Statement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  n,
});
const ids = (statements: readonly Statement[]) => statements.map((each) => each.n);

function setup(overrides: Partial<OutboxOptions> = {}) {
  const lrs = createFakeLrs();
  const store = memoryStore();
  const client = createLrsClient({
    endpoint: "https://lrs.example/xapi/",
    authorization: () => "Basic x",
    fetch: lrs.fetch,
  });
  const waits: number[] = [];
  const make = () =>
    createOutbox({
      client,
      store,
      key: "outbox",
      sleep: async () => {},
      onWaiting: (n) => waits.push(n),
      ...overrides,
    });
  return { lrs, store, make, waits };
}

describe("the outbox", () => {
  it("sends statements in the order they were made and forgets them once stored", async () => {
    const { lrs, make, store } = setup();
    const outbox = make();
    for (const n of [1, 2, 3]) outbox.add(statement(n));
    expect(await outbox.flush()).toBe(true);
    expect(ids(lrs.statements)).toEqual([1, 2, 3]);
    expect(store.getItem("outbox")).toBeNull();
  });

  it("keeps what waits on the device: the next page (a reload) sends it, the LRS never gets one twice", async () => {
    const { lrs, make } = setup();
    lrs.failWith = () => "offline";
    const first = make();
    first.add(statement(1));
    first.add(statement(2));
    first.flushOnExit(); // the tab closes while offline
    lrs.failWith = undefined;
    const next = make();
    expect(ids(next.pending())).toEqual([1, 2]);
    expect(await next.flush()).toBe(true);
    expect(ids(lrs.statements)).toEqual([1, 2]);
  });

  it("retries with backoff through 500s and 401s, telling the learner, and loses nothing", async () => {
    let failures = 4;
    const drained: string[] = [];
    const { lrs, make, waits } = setup({ onDrained: () => drained.push("saved again") });
    lrs.failWith = (request) =>
      request.method === "POST" && failures-- > 0 ? (failures % 2 ? 500 : 401) : undefined;
    const outbox = make();
    for (const n of [1, 2]) outbox.add(statement(n));
    const sent = outbox.flush();
    outbox.add(statement(3));
    expect(await sent).toBe(true);
    expect(waits).toEqual([1, 2, 3, 4]);
    expect(ids(lrs.statements)).toEqual([1, 2, 3]);
    expect(drained).toEqual(["saved again"]);
  });

  it("counts a statement the LRS already has (same id) as delivered, one by one after a 409", async () => {
    const { lrs, make } = setup();
    lrs.statements.push({ ...statement(2), n: 20 }); // stored before with other content
    const outbox = make();
    for (const n of [1, 2, 3]) outbox.add(statement(n));
    expect(await outbox.flush()).toBe(true);
    expect(ids(lrs.statements)).toEqual([20, 1, 3]);
    expect(lrs.requests.filter((request) => request.method === "PUT")).toHaveLength(3);
  });

  it("sets a statement the LRS refuses for good (400) aside on the device and sends the rest", async () => {
    const { lrs, make, store } = setup();
    lrs.failWith = (request) =>
      (request.body as Statement | Statement[]) && JSON.stringify(request.body).includes('"n":2')
        ? 400
        : undefined;
    const outbox = make();
    for (const n of [1, 2, 3]) outbox.add(statement(n));
    expect(await outbox.flush()).toBe(true);
    expect(ids(lrs.statements)).toEqual([1, 3]);
    expect(ids(JSON.parse(store.getItem("outbox:rejected") ?? "[]"))).toEqual([2]);
  });

  it("holds back statements that are not ready (cmi5 drafts) and everything after them", async () => {
    let ready = false;
    const { lrs, make } = setup({ isReady: (each) => each.n !== 1 || ready });
    const outbox = make();
    for (const n of [1, 2]) outbox.add(statement(n));
    expect(await outbox.flush()).toBe(false);
    expect(lrs.statements).toEqual([]);
    ready = true;
    expect(await outbox.flush()).toBe(true);
    expect(ids(lrs.statements)).toEqual([1, 2]);
  });

  it("on page hide, sends everything waiting in one keepalive POST and keeps it queued", () => {
    const { lrs, make } = setup();
    const outbox = make();
    for (const n of [1, 2, 3]) outbox.add(statement(n));
    outbox.flushOnExit();
    const [request] = lrs.requests;
    expect(request?.keepalive).toBe(true);
    expect(ids(request?.body as Statement[])).toEqual([1, 2, 3]);
    expect(ids(outbox.pending())).toEqual([1, 2, 3]);
  });
});
