import type { ContainerDirective, LeafDirective } from "mdast-util-directive";
import type { Position } from "unist";
import { z } from "zod";
import { report } from "../diagnostics/report.ts";
import { didYouMean } from "../diagnostics/suggest.ts";
import { expectation } from "../diagnostics/zod-issue.ts";
import type { FileContext } from "../model/context.ts";

/**
 * A flag attribute: remark-directive gives `""` for a bare `{required}`; `=true`/`=false` also work.
 * Absent means off.
 */
export const flagAttribute = z
  .enum(["", "true", "false"], "expected a bare flag, or `true` / `false`")
  .optional()
  .transform((value) => value === "" || value === "true");

/** A decimal number written as an attribute (`12.5`, `-3`, `0.25`); never an empty or bare one. */
export const numberAttribute = z
  .string("expected a number such as 12.5")
  .trim()
  .regex(/^-?\d+(?:\.\d+)?$/, "expected a number such as 12.5")
  .transform(Number);

/** How a directive is written in messages: `:::name` for containers, `::name` for leaves. */
export function directiveLabel(node: ContainerDirective | LeafDirective): string {
  return `${node.type === "containerDirective" ? ":::" : "::"}${node.name}`;
}

/**
 * Where `name=…` is written on a directive's opening line, so a problem with one attribute (a missing
 * file) points at it; the directive's own position when the line does not show it that way.
 */
export function attributePosition(
  context: FileContext,
  node: ContainerDirective | LeafDirective,
  name: string,
): Position | undefined {
  const start = node.position?.start;
  const offset = start?.offset;
  if (start === undefined || offset === undefined) return node.position;
  const text = String(context.file.value);
  const lineEnd = text.indexOf("\n", offset);
  const line = text.slice(offset, lineEnd === -1 ? undefined : lineEnd);
  const written = new RegExp(`[{\\s](${name}=(?:"[^"]*"|'[^']*'|[^\\s}]*))`).exec(line);
  const attribute = written?.[1];
  if (!written || attribute === undefined) return node.position;
  const at = (index: number) => ({ line: start.line, column: start.column + index, offset: offset + index });
  return { start: at(written.index + 1), end: at(written.index + 1 + attribute.length) };
}

/** Validates a directive's attributes, reporting each problem at the directive. */
export function readAttributes<Schema extends z.ZodObject>(
  context: FileContext,
  node: ContainerDirective | LeafDirective,
  schema: Schema,
): z.infer<Schema> | undefined {
  const result = schema.safeParse(node.attributes ?? {});
  if (result.success) return result.data;
  const label = directiveLabel(node);
  const known = Object.keys(schema.shape).map((key) => `\`${key}\``);
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const expected = known.length > 0 ? `expected one of ${known.join(", ")}` : "expected no attributes";
        report(
          context.file,
          "unknown-attribute",
          `Unexpected attribute \`${key}\` on \`${label}\`, ${expected}${didYouMean(key, Object.keys(schema.shape))}`,
          node.position,
        );
      }
    } else {
      const key = issue.path.join(".");
      const written = node.attributes?.[String(issue.path[0])];
      const what =
        written === undefined || written === null
          ? `Missing \`${key}\``
          : `Unexpected \`${key}="${written}"\``;
      report(
        context.file,
        "invalid-attribute",
        `${what} on \`${label}\`, ${expectation(issue)}`,
        node.position,
      );
    }
  }
  return undefined;
}
