import { z } from "zod";
import { interactionSlices } from "../interactions/registry.ts";
import {
  assessmentSettingsSchema,
  completionSchema,
  gradeSchema,
  themeSchema,
} from "./frontmatter-schemas.ts";
import { type RichText, richTextSchema } from "./hast.ts";
import { ID_PATTERN, NAME_PATTERN } from "./ids.ts";

/** Bumped whenever the model's shape changes incompatibly. */
export const MODEL_SCHEMA_VERSION = 1;

const id = z.string().regex(ID_PATTERN);

export const proseBlockSchema = z.strictObject({ kind: z.literal("prose"), content: richTextSchema });
export const imageBlockSchema = z.strictObject({
  kind: z.literal("image"),
  src: z.string(),
  /** Empty for a decorative image. */
  alt: z.string(),
  caption: richTextSchema,
});
export const audioBlockSchema = z.strictObject({
  kind: z.literal("audio"),
  src: z.string(),
  transcript: richTextSchema,
});
export const videoBlockSchema = z.strictObject({
  kind: z.literal("video"),
  src: z.string(),
  /** The video file's size, shown before the learner downloads it. */
  bytes: z.number().int().nonnegative(),
  /** As the author gave it; the player shows no duration otherwise. */
  minutes: z.number().positive().optional(),
  poster: z.string().optional(),
  captions: z.string(),
  /** The captions' language: the course's source language, also in a translated edition. */
  captionsLang: z.string(),
  title: z.string().optional(),
  transcript: richTextSchema,
});

const [firstInteraction, ...otherInteractions] = interactionSlices.map((slice) => slice.schema);
export const interactionSchema = z.discriminatedUnion("type", [
  firstInteraction as (typeof interactionSlices)[0]["schema"],
  ...(otherInteractions as Array<(typeof interactionSlices)[number]["schema"]>),
]);

export type ProseBlock = z.infer<typeof proseBlockSchema>;
export type ImageBlock = z.infer<typeof imageBlockSchema>;
export type AudioBlock = z.infer<typeof audioBlockSchema>;
export type VideoBlock = z.infer<typeof videoBlockSchema>;
export type InteractionBlock = z.infer<typeof interactionSchema>;
export interface CalloutBlock {
  kind: "callout";
  variant: "tip" | "warning" | "example" | "takeaway";
  content: Block[];
}
/** `:::accordion`, `:::tabs`, `:::flip-cards`: sections under `###` headings (a card: heading = front, content = back). */
export interface PanelsBlock {
  kind: "panels";
  variant: "accordion" | "tabs" | "flip-cards";
  panels: Array<{ id: string; heading: RichText; content: Block[] }>;
}
export type Block =
  | ProseBlock
  | ImageBlock
  | AudioBlock
  | VideoBlock
  | CalloutBlock
  | PanelsBlock
  | InteractionBlock;

export const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.union([
    proseBlockSchema,
    imageBlockSchema,
    audioBlockSchema,
    videoBlockSchema,
    z.strictObject({
      kind: z.literal("callout"),
      variant: z.enum(["tip", "warning", "example", "takeaway"]),
      content: z.array(blockSchema),
    }),
    z.strictObject({
      kind: z.literal("panels"),
      variant: z.enum(["accordion", "tabs", "flip-cards"]),
      panels: z
        .array(
          z.strictObject({
            /** The heading's slug, unique within the block (`_2`, `_3`… for repeats). */
            id: z.string().regex(NAME_PATTERN),
            heading: richTextSchema,
            content: z.array(blockSchema).min(1),
          }),
        )
        .min(1),
    }),
    interactionSchema,
  ]),
);

export const screenSchema = z.strictObject({ blocks: z.array(blockSchema).min(1) });

export const lessonSchema = z.strictObject({
  id,
  title: z.string(),
  objective: z.string(),
  minutes: z.number().int(),
  screens: z.array(screenSchema).min(1),
});

/** A course's or module's cover picture (frontmatter `cover`): `src` is its course path. */
export const coverSchema = z.strictObject({ src: z.string(), alt: z.string() });

export const moduleSchema = z.strictObject({
  id: z.string().regex(NAME_PATTERN),
  title: z.string(),
  objectives: z.array(z.string()),
  scored: z.boolean(),
  /**
   * What the module reports as its grade when it is not scored (frontmatter-schemas.ts); a scored
   * module reports its score whatever this says. Defaulted so models written before it still read:
   * an addition, not an incompatible change.
   */
  grade: gradeSchema.default("completion"),
  /** The web edition's picture of the module (module.md `cover`); never in a package. */
  cover: coverSchema.optional(),
  lessons: z.array(lessonSchema).min(1),
  /** Assessment items for this module (from its assessment.md), drawn by the final assessment. */
  bank: z.array(interactionSchema),
  /** Worst-case progress record length of a package of this module (engine/model/record-size.ts). */
  recordSize: z.number().int().min(0),
});

export const glossaryTermSchema = z.strictObject({ id, term: z.string(), definition: richTextSchema });

export const mediaSchema = z.strictObject({
  path: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
  /**
   * Widths of the WebP variants an output made of this photo (engine/model/image-variants.ts),
   * narrowest first; set by the exporters, never by the compiler. With them the player shows the
   * variants (the largest as `src`) and never the original.
   */
  widths: z.array(z.number().int().positive()).optional(),
  /**
   * An image's size in CSS px as the browser lays it out (after a photo's EXIF orientation; a drawing's
   * `width` and `height`, else its viewBox), set by the exporters (exporters/image-size.ts) so the
   * player writes them on its `<img>` and the page reserves the box before the file arrives. Absent
   * where the file could not be measured.
   */
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});

const person = z.strictObject({ name: z.string(), role: z.string().optional(), url: z.string().optional() });
const credit = z.strictObject({
  what: z.string(),
  by: z.string().optional(),
  licence: z.string().optional(),
  url: z.string().optional(),
});

/** The contract between compile and run: plain JSON, deterministic, versioned. */
export const courseModelSchema = z.strictObject({
  schemaVersion: z.literal(MODEL_SCHEMA_VERSION),
  id: z.string().regex(NAME_PATTERN),
  title: z.string(),
  lang: z.string(),
  version: z.string(),
  licence: z.string(),
  description: z.string(),
  objectives: z.array(z.string()),
  authors: z.array(person),
  credits: z.array(credit),
  completion: completionSchema,
  assessment: assessmentSettingsSchema,
  theme: themeSchema,
  /** Base of xAPI/cmi5 activity IRIs (engine/tracking/xapi/activity-iris.ts), when the author set one. */
  iriBase: z.string().optional(),
  /** Whether the web edition's home page lists the course (course.md `listed`). */
  listed: z.boolean().default(true),
  /** The web edition's picture of the course (course.md `cover`); never in a package. */
  cover: coverSchema.optional(),
  intro: z.array(blockSchema),
  glossary: z.array(glossaryTermSchema),
  modules: z.array(moduleSchema).min(1),
  /** Worst-case progress record length of the final assessment alone (0 without banks). */
  assessmentRecordSize: z.number().int().min(0),
  media: z.array(mediaSchema),
});

export type Screen = z.infer<typeof screenSchema>;
export type Cover = z.infer<typeof coverSchema>;
export type CourseMedia = z.infer<typeof mediaSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Module = z.infer<typeof moduleSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type CourseModel = z.infer<typeof courseModelSchema>;
