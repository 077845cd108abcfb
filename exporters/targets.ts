import { createCmi5Target } from "./cmi5/index.ts";
import { modelTarget } from "./model/index.ts";
import { moodleXmlTarget } from "./moodle-xml/index.ts";
import { runtimePlayer } from "./scorm-shared/runtime-player.ts";
import { createScorm12Target } from "./scorm12/index.ts";
import { createScorm2004Target } from "./scorm2004/index.ts";
import { siteTarget } from "./site/index.ts";
import type { Target } from "./target.ts";
import { createXapiPackageTarget } from "./xapi/index.ts";

/** Every build target, in the order `all` builds them (the site offers the packages built before it). */
export const targets: readonly Target[] = [
  modelTarget,
  createScorm12Target(runtimePlayer),
  createScorm2004Target(runtimePlayer),
  createXapiPackageTarget(runtimePlayer),
  createCmi5Target(runtimePlayer),
  moodleXmlTarget,
  siteTarget,
];

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
