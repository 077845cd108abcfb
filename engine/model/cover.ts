import type { Root } from "mdast";
import type { VFile } from "vfile";
import type { CourseContext } from "./context.ts";
import { createFileContext } from "./context.ts";
import { locateFrontmatterKey } from "./frontmatter.ts";
import { resolveMedia } from "./media.ts";
import type { Cover } from "./schema.ts";

/**
 * A frontmatter `cover` → the model's, its `src` resolved to a course path like any image (relative
 * to the file; a missing file is reported at the key with a did-you-mean). Undefined without one, or
 * when its file is unusable (already reported).
 */
export function compileCover(
  course: CourseContext,
  file: VFile,
  tree: Root,
  cover: Cover | undefined,
): Cover | undefined {
  if (!cover) return undefined;
  const position = locateFrontmatterKey(tree, ["cover", "src"]);
  const src = resolveMedia(createFileContext(course, file, "cover"), cover.src, { position });
  return src === undefined ? undefined : { src, alt: cover.alt };
}
