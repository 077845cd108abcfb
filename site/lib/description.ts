/**
 * A course description as its pages show it: the first sentence as the lead (a home page card shows
 * only that), the rest below the start button on the course page, so the button stays in a phone's
 * first screen however long the description.
 */
export function splitDescription(text: string): { lead: string; rest: string } {
  const end = /[.!?](?=\s)/.exec(text);
  if (!end) return { lead: text, rest: "" };
  return { lead: text.slice(0, end.index + 1), rest: text.slice(end.index + 1).trim() };
}
