import type { CourseModel } from "../../model/schema.ts";

/** The primary colour when course.md sets none (player.css and the site's site.css say the same). */
export const DEFAULT_PRIMARY = "#1f4e79";

const VARIABLES = {
  primary: "--cm-primary",
  accent: "--cm-accent",
  background: "--cm-background",
  text: "--cm-text",
} as const;

/** course.md `theme` colours → CSS custom properties on the player root (unset ones keep the neutral defaults). */
export function themeStyle(theme: CourseModel["theme"]): Record<string, string> {
  const style: Record<string, string> = {};
  for (const [key, variable] of Object.entries(VARIABLES)) {
    const value = theme[key as keyof typeof VARIABLES];
    if (value) style[variable] = value;
  }
  return style;
}
