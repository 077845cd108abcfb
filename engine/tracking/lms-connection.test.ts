import { describe, expect, it } from "vitest";
import { connectLms } from "./lms-connection.ts";
import { scorm12Dialect } from "./scorm12.ts";
import { scorm2004Dialect } from "./scorm2004.ts";

/** An LMS API whose SetValue answers `result` and whose last error is `code`. */
function lmsWindow(apiName: string, methods: readonly string[], result: string, code: string) {
  const api = Object.fromEntries(methods.map((name) => [name, () => "true"]));
  const window = { parent: null as unknown, [apiName]: api };
  window.parent = window;
  Object.assign(api, {
    [methods[4] ?? ""]: () => result,
    [methods[5] ?? ""]: () => code,
  });
  return window;
}

describe.each([
  { dialect: scorm12Dialect, forGood: ["201", "405"], passing: ["101", "0", "301"] },
  { dialect: scorm2004Dialect, forGood: ["406", "407"], passing: ["101", "351", "408"] },
])("SetValue results in $dialect.version", ({ dialect, forGood, passing }) => {
  const methods = Object.values(dialect.methods);
  const set = (result: string, code: string) =>
    connectLms(lmsWindow(dialect.apiName, methods, result, code), dialect)?.set("cmi.suspend_data", "x");

  it("reads true as accepted", () => expect(set("true", "0")).toBe("accepted"));
  it.each(passing)("reads false with error %s as a refusal worth sending again", (code) =>
    expect(set("false", code)).toBe("refused"),
  );
  it.each(forGood)("reads false with error %s as a value the LMS will never take", (code) =>
    expect(set("false", code)).toBe("rejected"),
  );
});
