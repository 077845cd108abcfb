/**
 * What each answered statement's cmi.interaction definition must list (xAPI 1.0.3 §Interaction
 * Components): the components its type needs, every one with a description, and every id that its
 * correctResponsesPattern and the learner's response name among them. Returns the gaps found.
 */
type Json = Record<string, unknown>;
interface Component {
  id: string;
  description?: Record<string, string>;
}

/** Which component lists a type has, and which list each position of a `[.]` pair draws from. */
const LISTS: Record<string, string[]> = {
  choice: ["choices"],
  sequencing: ["choices"],
  likert: ["scale"],
  matching: ["source", "target"],
  performance: ["steps"],
};

/** The ids a response or pattern names, by list: `a[,]b`, `a[.]1[,]b[.]2`, `scene[.]answer`. */
function namedIds(value: string, type: string): Array<[list: string, id: string]> {
  const lists = LISTS[type] ?? [];
  return value.split("[,]").flatMap((item) => {
    const parts = item.split("[.]");
    const named = type === "performance" ? parts.slice(0, 1) : parts;
    return named.map((id, index): [string, string] => [lists[index] ?? lists[0] ?? "", id]);
  });
}

export function definitionGaps(statements: readonly Json[]): string[] {
  const gaps: string[] = [];
  for (const statement of statements) {
    const object = statement.object as { id?: string; definition?: Json } | undefined;
    const definition = object?.definition;
    const type = String(definition?.interactionType ?? "");
    if (!definition || !(type in LISTS)) continue;
    const listed = (list: string) => (definition[list] as Component[] | undefined) ?? [];
    for (const list of LISTS[type] ?? []) {
      if (listed(list).length === 0) gaps.push(`${object?.id}: no ${list}`);
      for (const component of listed(list))
        if (!Object.values(component.description ?? {}).some((text) => text.trim() !== ""))
          gaps.push(`${object?.id}: ${list} ${component.id} has no description`);
    }
    const patterns = (definition.correctResponsesPattern as string[] | undefined) ?? [];
    const response = (statement.result as { response?: string } | undefined)?.response;
    for (const value of [...patterns, ...(response ? [response] : [])])
      for (const [list, id] of namedIds(value, type))
        if (!listed(list).some((component) => component.id === id))
          gaps.push(`${object?.id}: ${id} in "${value}" is not among its ${list}`);
  }
  return gaps;
}
