import type { CompiledCourse, Target } from "./target.ts";
import { checkIriBase } from "./xapi-shared/iri-base-check.ts";

/**
 * A build target as the CLI lists it: its name, what it needs from a course (checked by `check`
 * too), and its builder, loaded only when a build runs it: `check` loads none of the packagers,
 * bundlers, image tools or Astro.
 */
export interface TargetEntry {
  readonly name: string;
  /** Reports what only this target needs (located diagnostics); false when it cannot be built. */
  readonly check?: (course: CompiledCourse) => boolean;
  load(): Promise<Target>;
}

const runtimePlayer = async () => (await import("./scorm-shared/runtime-player.ts")).runtimePlayer;

/** Every build target, in the order `all` builds them (the site offers the packages built before it). */
export const targets: readonly TargetEntry[] = [
  { name: "model", load: async () => (await import("./model/index.ts")).modelTarget },
  {
    name: "scorm12",
    load: async () => (await import("./scorm12/index.ts")).createScorm12Target(await runtimePlayer()),
  },
  {
    name: "scorm2004",
    load: async () => (await import("./scorm2004/index.ts")).createScorm2004Target(await runtimePlayer()),
  },
  {
    name: "xapi",
    check: checkIriBase,
    load: async () => (await import("./xapi/index.ts")).createXapiPackageTarget(await runtimePlayer()),
  },
  {
    name: "cmi5",
    check: checkIriBase,
    load: async () => (await import("./cmi5/index.ts")).createCmi5Target(await runtimePlayer()),
  },
  { name: "moodle-xml", load: async () => (await import("./moodle-xml/index.ts")).moodleXmlTarget },
  { name: "site", load: async () => (await import("./site/index.ts")).siteTarget },
];

export function resolveTargets(list: string): TargetEntry[] | string {
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
