/**
 * Which paths a package may hold: what an LMS (and the Moodle app on Android) serves, STANDARDS.md §6.8.
 * The zip writer refuses any other path, and the compiler reports a media file whose name breaks
 * this where it is referenced, so `check` and `build` agree.
 */

/** Why a path may not go into a package, or undefined when it may. */
export function packagePathProblem(path: string): string | undefined {
  if (path === "") return "an empty path";
  if (path.includes("\\")) return "a backslash (use `/`)";
  if (path.startsWith("/") || /^[a-z]:/i.test(path)) return "an absolute path";
  if (path.split("/").some((segment) => segment === ".." || segment === "." || segment === "")) {
    return "an empty, `.` or `..` segment";
  }
  if (!/^[\x21-\x7E]+$/.test(path)) return "a character other than printable ASCII without spaces";
  return undefined;
}
