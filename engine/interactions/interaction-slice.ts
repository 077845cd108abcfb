import type { ContainerDirective } from "mdast-util-directive";
import { z } from "zod";
import { report } from "../diagnostics/report.ts";
import { flagAttribute } from "../directives/attributes.ts";
import type { BlockContext, DirectiveSlice } from "../directives/directive-slice.ts";
import { richTextSchema } from "../model/hast.ts";
import { ID_PATTERN } from "../model/ids.ts";
import { checkBankItem } from "./parts/bank.ts";
import { type InteractionParts, readInteractionParts } from "./parts/common.ts";
import { type KnownInteractionType, scoredTypes } from "./scored-types.ts";

/** Attributes every interaction accepts. */
export const baseInteractionAttributes = z.strictObject({
  /** An explicit, course-unique id; wins over the derived one. */
  id: z.string().optional(),
  /** Attempts allowed before the answer is shown; 0 = unlimited. */
  attempts: z.coerce.number().int().min(0).max(10).default(0),
  /** The learner must answer before going on. */
  required: flagAttribute,
  /** Only in a module's assessment.md: the lesson (relative `.md` path) named in review feedback. */
  revisit: z.string().min(1, "expected a relative lesson path such as ../02-pricing/01-costs.md").optional(),
});
export type BaseInteractionAttributes = z.infer<typeof baseInteractionAttributes>;

/** `all`: all-or-nothing (default); `partial`: the share of parts answered rightly. */
export const scoringSchema = z.enum(["all", "partial"]);
/** The attributes of types whose answer has several parts. */
export const scoredAttributes = baseInteractionAttributes.extend({ scoring: scoringSchema.default("all") });

/** General feedback after submitting: `::feedback[…]{when=correct|incorrect}`, or without `when` for any result. */
export const interactionFeedbackSchema = z.strictObject({
  correct: richTextSchema,
  incorrect: richTextSchema,
  any: richTextSchema,
});

/** Fields every interaction in the model carries. */
export const baseInteractionSchema = z.strictObject({
  kind: z.literal("interaction"),
  id: z.string().regex(ID_PATTERN),
  attempts: z.number().int().min(0),
  required: z.boolean(),
  /** `::hint[…]`; empty when there is none. */
  hint: richTextSchema,
  feedback: interactionFeedbackSchema,
  /** Bank items only: the lesson id to review after a wrong answer. */
  revisit: z.string().regex(ID_PATTERN).optional(),
});
type BaseFields = z.infer<typeof baseInteractionSchema>;

/** The fields a type adds to the base: everything its `read` returns. */
export type TypeFields<Model extends z.ZodObject> = Omit<z.infer<Model>, keyof BaseFields | "type">;

/** An interaction type: a directive slice that also states its model schema and whether it is scored. */
export interface InteractionSlice<
  Attributes extends z.ZodObject = z.ZodObject,
  Model extends z.ZodObject = z.ZodObject,
> extends DirectiveSlice<Attributes, z.infer<Model> & { kind: "interaction"; type: string; id: string }> {
  readonly type: string;
  readonly schema: Model;
  /** Scored types count towards the score and may stand in a module's assessment bank. */
  readonly scored: boolean;
}

/** An interaction's attribute schema: the base attributes, maybe extended. */
type InteractionAttributes = z.ZodObject & z.ZodType<BaseInteractionAttributes>;

interface InteractionDefinition<Attributes extends InteractionAttributes, Model extends z.ZodObject> {
  /** A type named in scored-types.ts, which states whether it is scored. */
  readonly type: z.infer<Model>["type"] & KnownInteractionType;
  readonly attributes: Attributes;
  readonly schema: Model;
  /** True when `::model[…]` (a model answer) belongs to this type. */
  readonly modelAnswer?: boolean;
  /** Leaf directives of the type's own (e.g. `region`), left in the content for `read`. */
  readonly leaves?: readonly string[];
  /** Reads the type's own fields from the directive's content (hint, feedback and model already taken out). */
  read(
    node: ContainerDirective,
    attributes: z.infer<Attributes>,
    context: BlockContext,
    parts: InteractionParts,
  ): TypeFields<Model> | undefined;
}

/**
 * Builds an interaction slice: the shared parts (id, attempts, required, hint, feedback, revisit) are
 * read here once; the type's `read` sees the remaining content. Problems are all reported before
 * giving up, so an author sees every mistake in one run.
 */
export function defineInteraction<Attributes extends InteractionAttributes, Model extends z.ZodObject>(
  definition: InteractionDefinition<Attributes, Model>,
): InteractionSlice<Attributes, Model> {
  return {
    type: definition.type,
    name: definition.type,
    attributes: definition.attributes,
    schema: definition.schema,
    scored: scoredTypes[definition.type],
    toBlock(node, attributes, context) {
      const base: BaseInteractionAttributes = attributes;
      const id = interactionId(context, node, definition.type, base.id);
      const revisit = checkBankItem(context, node, base.revisit, scoredTypes[definition.type]);
      const parts = readInteractionParts(context, node, {
        modelAnswer: definition.modelAnswer === true,
        leaves: definition.leaves ?? [],
      });
      const fields = definition.read({ ...node, children: parts.children }, attributes, context, parts);
      if (!id || !fields || revisit === null) return undefined;
      const block = {
        kind: "interaction",
        type: definition.type,
        id,
        attempts: base.attempts,
        required: base.required,
        hint: parts.hint,
        feedback: parts.feedback,
        ...(revisit ? { revisit } : {}),
        ...fields,
      };
      return block as unknown as z.infer<Model> & { kind: "interaction"; type: string; id: string };
    },
  };
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
