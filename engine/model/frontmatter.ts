import type { Root, Yaml } from "mdast";
import type { Position } from "unist";
import type { VFile } from "vfile";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { report } from "../diagnostics/report.ts";
import { didYouMean } from "../diagnostics/suggest.ts";
import { expectation, keysAt, showValue } from "../diagnostics/zod-issue.ts";
import { createYamlLocator } from "./yaml-locator.ts";

/** Enough for real frontmatter; far below what an alias bomb needs to hurt. */
const MAX_ALIAS_COUNT = 50;

function frontmatterNode(tree: Root): Yaml | undefined {
  const first = tree.children[0];
  return first?.type === "yaml" ? first : undefined;
}

/** Where a frontmatter key is written (its key), e.g. `["theme", "logo"]`. */
export function locateFrontmatterKey(tree: Root, path: ReadonlyArray<PropertyKey>): Position | undefined {
  const yaml = frontmatterNode(tree);
  return yaml ? createYamlLocator(yaml, parseDocument(yaml.value)).locate(path) : undefined;
}

/**
 * Reads and validates a file's YAML frontmatter. Every problem is reported at its key;
 * returns undefined when the frontmatter is unusable.
 */
export function readFrontmatter<Schema extends z.ZodType>(
  file: VFile,
  tree: Root,
  schema: Schema,
  options: { required: boolean },
): z.infer<Schema> | undefined {
  const yaml = frontmatterNode(tree);
  if (!yaml) {
    if (!options.required) return schema.safeParse({}).data;
    // A frontmatter block only counts on the very first line; a blank line or space before it is easy to miss.
    const text = String(file.value);
    const message = /^\s+---\s*\n/.test(text)
      ? "Unexpected blank space before the frontmatter, expected `---` on the very first line"
      : "Unexpected file start, expected YAML frontmatter between `---` lines";
    report(file, "malformed-frontmatter", message, { line: 1, column: 1 });
    return undefined;
  }
  const document = parseDocument(yaml.value, { uniqueKeys: true, prettyErrors: false });
  const located = createYamlLocator(yaml, document);
  for (const error of document.errors) {
    const [from = 0, to = from] = error.pos;
    report(
      file,
      "malformed-frontmatter",
      `Malformed YAML: ${error.message.split("\n")[0]}`,
      located.locateError(from, to),
    );
  }
  if (document.errors.length > 0) return undefined;
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (error) {
    report(file, "malformed-frontmatter", `Malformed YAML: ${(error as Error).message}`, yaml.position);
    return undefined;
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const key = issue.path.join(".");
    if (issue.code === "unrecognized_keys") {
      const known = keysAt(schema, issue.path).map((name) => `\`${name}\``);
      const expected = known.length > 0 ? `expected one of ${known.join(", ")}` : "expected no keys";
      for (const unknownKey of issue.keys) {
        report(
          file,
          "unknown-frontmatter-field",
          `Unexpected key \`${[...issue.path, unknownKey].join(".")}\`, ${expected}${didYouMean(unknownKey, keysAt(schema, issue.path))}`,
          located.locate([...issue.path, unknownKey]) ?? yaml.position,
        );
      }
    } else if (issue.code === "invalid_type" && issue.input === undefined) {
      report(
        file,
        "missing-frontmatter-field",
        `Missing key \`${key}\`, ${expectation(issue)}`,
        issue.path.length > 1 ? located.locate(issue.path.slice(0, -1)) : yaml.position,
      );
    } else {
      report(
        file,
        "invalid-frontmatter",
        `Unexpected ${showValue(issue.input)} for \`${key}\`, ${expectation(issue)}`,
        located.locate(issue.path) ?? yaml.position,
      );
    }
  }
  return undefined;
}
