import type { CourseModel } from "../../engine/model/schema.ts";
import type { PackageTracker } from "../bundle.ts";
import type { FileTree } from "../zip.ts";
import type { PackageScope } from "./parts.ts";

/** What the learner runtime gives a package: its launch page and the files that page loads at launch. */
export interface PlayerFiles {
  /** index.html: relative URLs only, the scoped course model inside. */
  page: string;
  /** The player's script and stylesheet (paths relative to index.html). */
  launchAssets: FileTree;
  /**
   * Files the page loads only when needed, never counted in its first open (paths in the package):
   * the other language editions' scripts (when the learner's platform prefers one) and the page's icon.
   */
  laterAssets?: FileTree;
}

export interface PlayerRequest {
  course: CourseModel;
  scope: PackageScope;
  title: string;
  tracker: PackageTracker;
  /**
   * The scope of the whole package when it has several launch pages sharing one player.js (a cmi5
   * course with an AU per module): the player carries what all of them show. Defaults to `scope`.
   */
  packageScope?: PackageScope;
  /** The page's path in the package (default `index.html`). */
  file?: string;
  /** The course's other language editions, carried for learners whose platform prefers one. */
  editions?: readonly CourseModel[];
}

/** Builds the player for one package; the real one wraps exporters/bundle.ts and engine/runtime/page.ts. */
export type PlayerProvider = (request: PlayerRequest) => Promise<PlayerFiles>;
