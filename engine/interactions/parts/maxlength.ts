import { z } from "zod";

/**
 * A free-text answer's `maxlength`, 1…max characters: the directive attribute (read from text,
 * `fallback` when absent) and the model field it becomes.
 */
export function maxlengthSchemas(max: number, fallback: number) {
  return {
    attribute: z.coerce.number().int().min(1).max(max).default(fallback),
    field: z.number().int().min(1).max(max),
  };
}
