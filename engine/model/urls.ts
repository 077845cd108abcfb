import path from "node:path/posix";

/** True for URLs that leave the course: any scheme, or protocol-relative. */
export function isExternalUrl(url: string): boolean {
  return /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}

/**
 * Resolves a relative URL found in `fromCoursePath` to a path inside the course.
 * Returns undefined for absolute paths and paths that leave the course folder.
 */
export function resolveCoursePath(fromCoursePath: string, url: string): string | undefined {
  const [withoutFragment = ""] = url.split(/[?#]/);
  let decoded: string;
  try {
    decoded = decodeURIComponent(withoutFragment);
  } catch {
    return undefined;
  }
  if (decoded === "" || decoded.startsWith("/")) return undefined;
  const resolved = path.normalize(path.join(path.dirname(fromCoursePath), decoded));
  return resolved.startsWith("../") || resolved === ".." ? undefined : resolved;
}
