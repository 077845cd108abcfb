import type { z } from "zod";

/** Author-facing names of the value types a schema can expect. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "`true` or `false`",
  array: "a list",
  object: "`key: value` lines",
};

const UNITS: Readonly<Record<string, string>> = { string: " characters", array: " items" };

function bound(
  issue: { origin: string; inclusive?: boolean },
  limit: number | bigint,
  words: [string, string],
) {
  return `${issue.inclusive === false ? words[1] : words[0]} ${limit}${UNITS[issue.origin] ?? ""}`;
}

/**
 * What a failed check expected, phrased for authors ("expected a number", "expected at most 60").
 * A schema's own message that already reads "expected …" is used as written.
 */
export function expectation(issue: z.core.$ZodIssue): string {
  if (issue.message.startsWith("expected")) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "too_small":
      return `expected ${bound(issue, issue.minimum, ["at least", "more than"])}`;
    case "too_big":
      return `expected ${bound(issue, issue.maximum, ["at most", "less than"])}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((value) => `\`${String(value)}\``).join(", ")}`;
    case "invalid_format":
      return issue.format === "url"
        ? "expected a full web address such as https://example.org"
        : `expected ${issue.format}`;
    default:
      return issue.message;
  }
}

const MAX_SHOWN = 40;

/** A value as a message shows it after "Unexpected": short, on one line. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return "empty value";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "`key: value` lines";
  const text = String(value).replace(/\s+/g, " ");
  if (text.trim() === "") return "empty text";
  return `\`${text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text}\``;
}

interface SchemaLike {
  shape?: Record<string, unknown>;
  def?: { innerType?: unknown; element?: unknown };
}

/** The keys an object schema accepts at `path` (through defaults, optionals and arrays). */
export function keysAt(schema: unknown, path: ReadonlyArray<PropertyKey>): string[] {
  let current = schema as SchemaLike | undefined;
  const unwrap = () => {
    while (current && !current.shape && current.def?.innerType) current = current.def.innerType as SchemaLike;
  };
  for (const segment of path) {
    unwrap();
    current = (typeof segment === "number" ? current?.def?.element : current?.shape?.[String(segment)]) as
      | SchemaLike
      | undefined;
  }
  unwrap();
  return Object.keys(current?.shape ?? {});
}
