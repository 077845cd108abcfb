import { describe, expect, it } from "vitest";
import { preferredEdition } from "./editions.ts";

describe("preferredEdition", () => {
  const editions = ["fr", "ar"];

  it("switches to the first preferred language the course has, exactly or by primary subtag", () => {
    expect(preferredEdition(["fr"], "en-GH", editions)).toBe("fr");
    expect(preferredEdition(["ar-EG", "fr"], "en-GH", editions)).toBe("ar");
    expect(preferredEdition(["de", "fr-SN"], "en-GH", editions)).toBe("fr");
  });

  it("stays when the page's own language comes first, or nothing preferred is offered", () => {
    expect(preferredEdition(["en-US", "fr"], "en-GH", editions)).toBeUndefined();
    expect(preferredEdition(["de", "tw"], "en-GH", editions)).toBeUndefined();
    expect(preferredEdition([], "en-GH", editions)).toBeUndefined();
    expect(preferredEdition(["fr"], "en-GH", [])).toBeUndefined();
  });
});
