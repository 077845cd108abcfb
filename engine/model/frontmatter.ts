import type { Root, Yaml } from "mdast";
import type { Position } from "unist";
import type { VFile } from "vfile";
import { isMap, isPair, isScalar, parseDocument, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import { report } from "../diagnostics/report.ts";
import { createOffsetLocator } from "./positions.ts";

/** Enough for real frontmatter; far below what an alias bomb needs to hurt. */
const MAX_ALIAS_COUNT = 50;

interface Located {
  locate(path: ReadonlyArray<PropertyKey>): Position | undefined;
}

function frontmatterNode(tree: Root): Yaml | undefined {
  const first = tree.children[0];
  return first?.type === "yaml" ? first : undefined;
}

function yamlLocator(yaml: Yaml, document: ReturnType<typeof parseDocument>): Located {
  const start = yaml.position?.start;
  // The YAML text starts on the line after the opening `---`.
  const toPoint = createOffsetLocator(yaml.value, { line: (start?.line ?? 1) + 1, column: 1 });
  const range = (node: YamlNode | null | undefined): Position | undefined => {
    const [from, , to] = node?.range ?? [];
    return from === undefined || to === undefined ? undefined : { start: toPoint(from), end: toPoint(to) };
  };
  return {
    locate(path) {
      let node: unknown = document.contents;
      let keyPlace: Position | undefined = range(document.contents);
      for (const segment of path) {
        if (!isMap(node) && !(node && typeof node === "object" && "items" in node)) break;
        const items = (node as { items: unknown[] }).items;
        const item = typeof segment === "number" && !isMap(node) ? items[segment] : undefined;
        const pair = isMap(node)
          ? node.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === segment)
          : undefined;
        if (isPair(pair)) {
          keyPlace = range(pair.key as YamlNode);
          node = pair.value;
        } else if (item !== undefined) {
          keyPlace = range(item as YamlNode);
          node = item;
        } else break;
      }
      return keyPlace;
    },
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.join(".");
  return key ? `\`${key}\`: ${issue.message}` : issue.message;
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
    report(
      file,
      "malformed-frontmatter",
      "Unexpected file start, expected YAML frontmatter between `---` lines",
      {
        line: 1,
        column: 1,
      },
    );
    return undefined;
  }
  const document = parseDocument(yaml.value, { uniqueKeys: true, prettyErrors: false });
  const located = yamlLocator(yaml, document);
  const toPoint = createOffsetLocator(yaml.value, { line: (yaml.position?.start.line ?? 1) + 1, column: 1 });
  for (const error of document.errors) {
    const [from = 0, to = from] = error.pos;
    report(file, "malformed-frontmatter", `Malformed YAML: ${error.message.split("\n")[0]}`, {
      start: toPoint(from),
      end: toPoint(to),
    });
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
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        report(
          file,
          "unknown-frontmatter-field",
          `Unexpected key \`${key}\``,
          located.locate([...issue.path, key]) ?? yaml.position,
        );
      }
    } else if (issue.code === "invalid_type" && issue.input === undefined) {
      const parent = located.locate(issue.path.slice(0, -1));
      report(
        file,
        "missing-frontmatter-field",
        `Missing key \`${issue.path.join(".")}\` (${issue.message})`,
        issue.path.length > 1 ? parent : yaml.position,
      );
    } else {
      report(file, "invalid-frontmatter", describeIssue(issue), located.locate(issue.path) ?? yaml.position);
    }
  }
  return undefined;
}
