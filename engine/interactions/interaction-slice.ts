import type { ContainerDirective } from "mdast-util-directive";
import { z } from "zod";
import { report } from "../diagnostics/report.ts";
import type { BlockContext, DirectiveSlice } from "../directives/directive-slice.ts";
import { ID_PATTERN } from "../model/ids.ts";

/** Attributes every interaction accepts. */
export const baseInteractionAttributes = z.strictObject({
  /** An explicit, course-unique id; wins over the derived one. */
  id: z.string().optional(),
  /** Attempts allowed before the answer is shown; 0 = unlimited. */
  attempts: z.coerce.number().int().min(0).max(10).default(0),
});

/** Fields every interaction in the model carries. */
export const baseInteractionSchema = z.strictObject({
  kind: z.literal("interaction"),
  id: z.string().regex(ID_PATTERN),
  attempts: z.number().int().min(0),
});

/** An interaction type: a directive slice that also states its model schema. */
export interface InteractionSlice<
  Attributes extends z.ZodObject = z.ZodObject,
  Model extends z.ZodObject = z.ZodObject,
> extends DirectiveSlice<Attributes, z.infer<Model> & { kind: "interaction"; type: string; id: string }> {
  readonly type: string;
  readonly schema: Model;
}

/**
 * The id rule: an explicit `id` is used as written (and must be unique course-wide); otherwise
 * `<module>.<lesson>.<type>_<n>`, where n counts interactions of that type in the lesson. The
 * derived id never depends on wording, so editing a question or the prose around it keeps it.
 */
export function interactionId(
  context: BlockContext,
  node: ContainerDirective,
  type: string,
  explicitId: string | undefined,
): string | undefined {
  const count = (context.counters.get(type) ?? 0) + 1;
  context.counters.set(type, count);
  const id = explicitId ?? `${context.idScope}.${type.replaceAll("-", "_")}_${count}`;
  if (!ID_PATTERN.test(id)) {
    report(
      context.file,
      "invalid-id",
      `Invalid id \`${id}\`, expected lowercase letters, digits, \`_\` and \`.\``,
      node.position,
    );
    return undefined;
  }
  return context.course.claimId(id, context.file, node.position) ? id : undefined;
}
