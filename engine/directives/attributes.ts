import type { ContainerDirective } from "mdast-util-directive";
import type { z } from "zod";
import { report } from "../diagnostics/report.ts";
import type { FileContext } from "../model/context.ts";

/** Validates a directive's attributes, reporting each problem at the directive. */
export function readAttributes<Schema extends z.ZodObject>(
  context: FileContext,
  node: ContainerDirective,
  schema: Schema,
): z.infer<Schema> | undefined {
  const result = schema.safeParse(node.attributes ?? {});
  if (result.success) return result.data;
  const known = Object.keys(schema.shape).map((key) => `\`${key}\``);
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const expected = known.length > 0 ? `expected one of ${known.join(", ")}` : "expected no attributes";
        report(
          context.file,
          "unknown-attribute",
          `Unexpected attribute \`${key}\` on \`:::${node.name}\`, ${expected}`,
          node.position,
        );
      }
    } else {
      const key = issue.path.join(".");
      report(
        context.file,
        "invalid-attribute",
        `Invalid \`${key}\` on \`:::${node.name}\`: ${issue.message}`,
        node.position,
      );
    }
  }
  return undefined;
}
