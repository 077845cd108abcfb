/** Longest pattern source accepted: enough for alternatives, short enough to read and check. */
export const MAX_PATTERN_LENGTH = 200;

/** `/source/`: a fill-in answer written as a JavaScript regular expression (no flags). */
export const PATTERN_LITERAL = /^\/(.+)\/$/s;

/**
 * A quantifier (`*`, `+`, `?`, `{n,}`) applied to a group that itself holds a quantifier or an
 * alternation, e.g. `(a+)+` or `(a|ab)*`: the shapes that backtrack exponentially (ReDoS).
 */
function hasNestedRepeat(source: string): boolean {
  const groups: Array<{ repeats: boolean }> = [];
  let escaped = false;
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (escaped) {
      escaped = false;
      continue;
    }
    if (char === "\\") escaped = true;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") groups.push({ repeats: false });
    else if (
      char === "|" ||
      char === "*" ||
      char === "+" ||
      (char === "{" && /^\{\d+,/.test(source.slice(index)))
    ) {
      const current = groups.at(-1);
      if (current) current.repeats = true;
    } else if (char === ")") {
      const group = groups.pop();
      const next = source[index + 1] ?? "";
      const quantified = next === "*" || next === "+" || next === "{";
      if (group?.repeats && quantified) return true;
      const outer = groups.at(-1);
      if (outer && group?.repeats) outer.repeats = true;
    }
  }
  return false;
}

/**
 * Why a pattern source cannot be used, or undefined when it is fine. Patterns run with the `u`
 * flag (and `i` unless case-sensitive), so they are checked with it; backreferences and nested
 * repeats are refused because they can make matching take exponential time.
 */
export function patternProblem(source: string): string | undefined {
  if (source.length > MAX_PATTERN_LENGTH) return `longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(source, "u");
  } catch (error) {
    return error instanceof Error ? error.message : "not a regular expression";
  }
  if (/\\[1-9]|\\k</.test(source)) return "a backreference";
  if (hasNestedRepeat(source)) return "a nested repeat such as `(a+)+`";
  return undefined;
}
