/**
 * Generates JSON Schemas for the frontmatter of course.md, module.md and lessons from the zod
 * schemas the compiler uses (engine/model/frontmatter-schemas.ts), so editors complete and check keys.
 *
 *   node tests/tools/gen-frontmatter-schemas.ts                         writes schemas/*.schema.json
 *   UPDATE=1 vitest run tests/unit/frontmatter-json-schemas.test.ts     does the same through the test
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import spdxIds from "spdx-license-ids/index.json" with { type: "json" };
import { type ZodType, z } from "zod";
import {
  courseFrontmatterSchema,
  lessonFrontmatterSchema,
  moduleFrontmatterSchema,
} from "../../engine/model/frontmatter-schemas.ts";

export const SCHEMAS_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));

type JsonSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

const FILES: Record<string, { schema: ZodType; title: string }> = {
  "course.schema.json": { schema: courseFrontmatterSchema, title: "Coursemark course.md frontmatter" },
  "module.schema.json": { schema: moduleFrontmatterSchema, title: "Coursemark module.md frontmatter" },
  "lesson.schema.json": { schema: lessonFrontmatterSchema, title: "Coursemark lesson frontmatter" },
};

/** What zod checks in code (refinements) and JSON Schema can still say, for editors' completion. */
const REFINEMENTS: Record<string, Record<string, unknown>> = {
  licence: { anyOf: [{ enum: [...spdxIds].sort() }, { type: "string", pattern: "^LicenseRef-" }] },
  lang: { type: "string", pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$" },
};

/**
 * A case-insensitive pattern as JSON Schema can state it (it has no flags): each letter as `[xX]`
 * (`\\.(png)$` → `\\.([pP][nN][gG])$`); escapes stay. A character class would need its ranges
 * doubled, which no schema needs yet: it stops the generator rather than give a wrong pattern.
 */
export function caseInsensitivePattern(source: string): string {
  let out = "";
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index] ?? "";
    if (char === "[") throw new Error(`A case-insensitive pattern with a character class: ${source}`);
    if (char === "\\") {
      out += source.slice(index, index + 2);
      index += 1;
    } else out += /[a-z]/i.test(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char;
  }
  return out;
}

/** zod's `.regex(/…/i)` keeps its flag in JSON Schema: the pattern is rewritten to match either case. */
function keepCaseInsensitivity(context: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const checks = (context.zodSchema as { _zod?: { def?: { checks?: unknown[] } } })._zod?.def?.checks ?? [];
  for (const check of checks) {
    const pattern = (check as { _zod?: { def?: { pattern?: unknown } } })._zod?.def?.pattern;
    if (
      pattern instanceof RegExp &&
      pattern.flags.includes("i") &&
      context.jsonSchema.pattern === pattern.source
    )
      context.jsonSchema.pattern = caseInsensitivePattern(pattern.source);
  }
}

function toJsonSchema(name: string): JsonSchema {
  const entry = FILES[name];
  if (!entry) throw new Error(`unknown schema ${name}`);
  const generated = z.toJSONSchema(entry.schema, {
    io: "input",
    unrepresentable: "any",
    override: keepCaseInsensitivity,
  }) as JsonSchema;
  for (const [key, refinement] of Object.entries(REFINEMENTS)) {
    if (generated.properties?.[key]) generated.properties[key] = { ...refinement };
  }
  const { $schema, ...rest } = generated;
  return { $schema, title: entry.title, ...rest };
}

/** File name → JSON text of every frontmatter schema. */
export function renderFrontmatterSchemas(): Map<string, string> {
  return new Map(
    Object.keys(FILES).map((name) => [name, `${JSON.stringify(toJsonSchema(name), null, 2)}\n`]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, text] of renderFrontmatterSchemas()) writeFileSync(`${SCHEMAS_DIR}${name}`, text);
}
