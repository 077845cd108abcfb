import { modelTarget } from "./model/index.ts";
import { siteTarget } from "./site/index.ts";
import type { Target } from "./target.ts";

/** Every build target, in the order `all` builds them. */
export const targets: readonly Target[] = [modelTarget, siteTarget];

export function resolveTargets(list: string): Target[] | string {
  if (list === "all") return [...targets];
  const names = list
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !targets.some((target) => target.name === name));
  if (unknown.length > 0 || names.length === 0) {
    return `Unknown target ${unknown.map((name) => `"${name}"`).join(", ") || "(none)"}; expected "all" or some of: ${targets.map((target) => target.name).join(", ")}`;
  }
  return targets.filter((target) => names.includes(target.name));
}
