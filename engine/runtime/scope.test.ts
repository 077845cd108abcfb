import { describe, expect, it } from "vitest";
import { formatScope, type PlayerScope, parseScope } from "./scope.ts";

describe("scope attribute", () => {
  const scopes: PlayerScope[] = [
    { kind: "course" },
    { kind: "module", moduleId: "getting_started" },
    { kind: "lesson", lessonId: "getting_started.welcome" },
    { kind: "assessment" },
  ];
  it.each(scopes)("round-trips %o", (scope) => {
    expect(parseScope(formatScope(scope))).toEqual(scope);
  });
  it("reads a missing or unknown value as the whole course", () => {
    expect(parseScope(undefined)).toEqual({ kind: "course" });
    expect(parseScope("module:")).toEqual({ kind: "course" });
  });
});
