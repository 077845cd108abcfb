import spdxIds from "spdx-license-ids/index.json" with { type: "json" };
import { z } from "zod";
import { NAME_PATTERN } from "./ids.ts";

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const SPDX = new Set<string>(spdxIds);

const text = z.string().trim().min(1, "expected non-empty text");

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const languageTag = z.string().refine(isLanguageTag, "expected a BCP 47 language tag such as en-GH");

/** A web page about a person or a source: http(s) only, so no `javascript:` link reaches the credits. */
const webUrl = z.url({ protocol: /^https?$/ });

const person = z.strictObject({ name: text, role: text.optional(), url: webUrl.optional() });

const credit = z.strictObject({
  what: text,
  by: text.optional(),
  licence: text.optional(),
  url: webUrl.optional(),
});

export const completionRules = ["all-screens", "all-interactions", "all-screens-and-interactions"] as const;

export const completionSchema = z
  .strictObject({
    /** all-screens: every screen seen; all-interactions: every scored interaction answered. */
    rule: z.enum(completionRules).default("all-screens"),
  })
  .default({ rule: "all-screens" });

export const assessmentSettingsSchema = z
  .strictObject({
    /** Percentage needed to pass the final assessment. */
    passMark: z.number().min(0).max(100).default(70),
    /** Items drawn from each module's bank per attempt. */
    perModule: z.number().int().min(1).max(50).default(2),
    /** 0 means unlimited attempts. */
    attempts: z.number().int().min(0).max(100).default(0),
    shuffleOptions: z.boolean().default(true),
  })
  .default({ passMark: 70, perModule: 2, attempts: 0, shuffleOptions: true });

/**
 * What an unscored module reports to the LMS as its grade: `completion` full marks (score 100 of 100)
 * once its completion rule is met, so a finished module never shows as 0 in Moodle's gradebook;
 * `none` no score at all (the platform then sets the activity's maximum grade to 0).
 */
export const gradeModes = ["completion", "none"] as const;
export const gradeSchema = z.enum(gradeModes);

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, "expected a colour like #1a5fb4");

export const themeSchema = z
  .strictObject({
    primary: colour.optional(),
    accent: colour.optional(),
    background: colour.optional(),
    text: colour.optional(),
    logo: z.string().optional(),
  })
  .default({});

/**
 * A picture for the course or module on the web edition's home page, course page and module list
 * (`cover: { src: media/market.jpg, alt: "…" }`): an image in the course, its alt text translated with
 * the course; `alt: ""` when the picture only decorates. Packages never carry it.
 */
export const coverSchema = z.strictObject({
  src: z
    .string()
    .regex(/\.(png|jpe?g|webp|gif|svg)$/i, "expected an image file (.jpg, .png, .webp, .gif or .svg)"),
  alt: z.string(),
});

export const courseFrontmatterSchema = z.strictObject({
  id: z.string().regex(NAME_PATTERN, "expected lowercase letters, digits and `_`, starting with a letter"),
  title: text.max(200),
  lang: languageTag,
  version: z.string().regex(SEMVER, "expected a semantic version such as 1.0.0"),
  licence: z
    .string()
    .refine(
      (id) => SPDX.has(id) || id.startsWith("LicenseRef-"),
      "expected an SPDX licence id such as CC-BY-SA-4.0",
    ),
  description: text.max(2000),
  objectives: z.array(text).min(1, "expected at least one objective"),
  authors: z.array(person).default([]),
  credits: z.array(credit).default([]),
  variables: z
    .record(
      z.string().regex(NAME_PATTERN, "expected a variable name like provider_name"),
      z.union([z.string(), z.number()]),
    )
    .default({}),
  completion: completionSchema,
  /** The grade of every unscored module that does not set its own. */
  grade: gradeSchema.default("completion"),
  assessment: assessmentSettingsSchema,
  theme: themeSchema,
  /**
   * Base of the activity IRIs of the xAPI and cmi5 packages (`https://learn.example.org/courses`);
   * checked by those targets only (exporters/xapi-shared/iri-base-check.ts).
   */
  iriBase: z.string().optional(),
  /**
   * Whether the web edition's home page lists the course; an unlisted course (`false`: a sample, a
   * draft) is still built and opens at its own address.
   */
  listed: z.boolean().default(true),
  cover: coverSchema.optional(),
});

export const moduleFrontmatterSchema = z.strictObject({
  title: text.max(200).optional(),
  objectives: z.array(text).default([]),
  /** A scored module reports its score to the LMS. */
  scored: z.boolean().default(false),
  /** An unscored module's grade; the course's `grade` when not set. */
  grade: gradeSchema.optional(),
  cover: coverSchema.optional(),
});

export const lessonFrontmatterSchema = z.strictObject({
  title: text.max(200),
  objective: text,
  minutes: z.number().int().min(1).max(60),
});

export type CourseFrontmatter = z.infer<typeof courseFrontmatterSchema>;
export type ModuleFrontmatter = z.infer<typeof moduleFrontmatterSchema>;
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
