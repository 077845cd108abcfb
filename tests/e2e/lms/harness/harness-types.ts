export type ScormVersion = "scorm12" | "scorm2004";

/** What the test hands the LMS page (as the `config` query parameter). */
export interface HarnessConfig {
  version: ScormVersion;
  /** The package's launch file, relative to the LMS page. */
  launchUrl: string;
  /** Data the LMS starts the attempt with (flattened CMI: element → value). */
  initial: Record<string, string>;
  /** How many commits the LMS refuses before accepting again. */
  failCommits: number;
  /** A flaky LMS: this share of SetValue and Commit calls return "false" with error 101, in a seeded order. */
  faults?: { seed: number; rate: number } | undefined;
  /** Initialize returns "false" (error 101) every time: the LMS cannot start a session. */
  failInitialize?: boolean | undefined;
  /** The LMS page offers no API object at all. */
  noApi?: boolean | undefined;
  /**
   * A database shared by LMS pages (tabs) in localStorage under this key: each commit or finish
   * stores the page's values element by element over it, as Moodle's datamodel.php does.
   */
  sharedDb?: string | undefined;
}

/** What the LMS page exposes as `window.lms` for the test to read. */
export interface HarnessState {
  /** Every SetValue in call order. */
  sets: Array<[string, string]>;
  /** SetValue calls scorm-again refused. */
  errors: string[];
  /** API calls in order (SetValue with its element). */
  calls: string[];
  /** What the LMS stored at the last successful commit or finish (Moodle's StoreData); the shared database if any. */
  stored: Record<string, string> | undefined;
  /** Current values in the API object. */
  values: Record<string, string>;
  failCommits: number;
  /** Calls the harness made fail on purpose (flaky LMS, failing initialize). */
  injected: string[];
}

declare global {
  interface Window {
    lms: HarnessState;
  }
}
