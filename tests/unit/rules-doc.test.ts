import { readFile, writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { rules } from "../../engine/diagnostics/catalogue.ts";
import { RULES_DOC_PATH, renderRulesDoc } from "../tools/gen-rules-doc.ts";

describe("docs/rules.md", () => {
  it("is up to date with the rule catalogue and fixtures (regenerate with UPDATE=1)", async () => {
    const expected = renderRulesDoc();
    if (process.env.UPDATE) await writeFile(RULES_DOC_PATH, expected);
    const actual = await readFile(RULES_DOC_PATH, "utf8").catch(() => "");
    expect(actual, "stale: run `UPDATE=1 vitest run tests/unit/rules-doc.test.ts`").toBe(expected);
  });

  it("has one section per rule, each with its severity and hint", () => {
    const doc = renderRulesDoc();
    for (const [id, rule] of Object.entries(rules)) {
      const section = doc.split(`\n## ${id}\n`)[1]?.split("\n## ")[0] ?? "";
      expect(section, id).toContain(`**${rule.title}** (${rule.severity})`);
      expect(section, id).toContain(`Hint: ${rule.hint}`);
    }
  });
});
