/**
 * Ids use lowercase letters, digits, `_` and `.` only (Moodle's SCORM 2004 CMIShortIdentifier
 * rejects `-`; STANDARDS.md §6.3). Module and lesson ids come from folder and file names without
 * their `NN-` ordering prefix, so renumbering never changes an id.
 */
export const ID_PATTERN = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$/;
export const NAME_PATTERN = /^[a-z][a-z0-9_]*$/;
const ORDER_PREFIX = /^(\d+)-(.+)$/;

export interface OrderedName {
  order: number;
  id: string;
}

/** `01-why-go-online` → `{order: 1, id: "why_go_online"}`; undefined without an `NN-` prefix. */
export function parseOrderedName(name: string): OrderedName | undefined {
  const match = ORDER_PREFIX.exec(name.replace(/\.md$/, ""));
  if (!match?.[1] || !match[2]) return undefined;
  return { order: Number(match[1]), id: toIdSegment(match[2]) };
}

/** Any human text → a valid id segment: lowercase ASCII, `_` between words. */
export function toIdSegment(text: string): string {
  const segment = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return /^[a-z]/.test(segment) ? segment : `x${segment}`;
}
