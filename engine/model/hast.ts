import { z } from "zod";

/** Prose in the model is a position-free hast tree (plain JSON), never an HTML string. */
export type HastProperty = string | number | boolean | null | Array<string | number>;
export type HastText = { type: "text"; value: string };
export type HastElement = {
  type: "element";
  tagName: string;
  properties: Record<string, HastProperty>;
  children: HastContent[];
};
export type HastContent = HastText | HastElement;

const property = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number()])),
]);

export const hastContentSchema: z.ZodType<HastContent> = z.lazy(() =>
  z.union([
    z.strictObject({ type: z.literal("text"), value: z.string() }),
    z.strictObject({
      type: z.literal("element"),
      tagName: z.string(),
      properties: z.record(z.string(), property),
      children: z.array(hastContentSchema),
    }),
  ]),
);

export const richTextSchema = z.array(hastContentSchema);
export type RichText = z.infer<typeof richTextSchema>;
