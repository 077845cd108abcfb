import { describe, expect, it } from "vitest";
import { findLmsApi } from "./lms-api.ts";

interface Frame {
  parent: Frame;
  opener?: Frame | null;
  [name: string]: unknown;
}

function frame(properties: Record<string, unknown> = {}, parent?: Frame): Frame {
  const self = { ...properties } as Frame;
  self.parent = parent ?? self;
  return self;
}

describe("findLmsApi", () => {
  const api = { LMSInitialize: () => "true" };

  it("finds the API in the window itself", () => {
    expect(findLmsApi(frame({ API: api }), "API")).toBe(api);
  });

  it("walks up the parent frames", () => {
    const top = frame({ API: api });
    expect(findLmsApi(frame({}, frame({}, top)), "API")).toBe(api);
  });

  it("then looks in the opener's frames", () => {
    const openerTop = frame({ API_1484_11: api });
    const popupTop = frame({ opener: frame({}, openerTop) });
    expect(findLmsApi(frame({}, popupTop), "API_1484_11")).toBe(api);
  });

  it("skips frames it may not read and returns undefined when there is no API", () => {
    const crossOrigin = new Proxy(frame(), {
      get(target, key) {
        if (key === "API") throw new DOMException("Blocked a frame", "SecurityError");
        return Reflect.get(target, key);
      },
    });
    expect(findLmsApi(frame({}, crossOrigin as Frame), "API")).toBeUndefined();
    expect(findLmsApi(frame({ API: "not an object" }), "API")).toBeUndefined();
  });
});
