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
}

/** What the LMS page exposes as `window.lms` for the test to read. */
export interface HarnessState {
  /** Every SetValue in call order. */
  sets: Array<[string, string]>;
  /** SetValue calls scorm-again refused. */
  errors: string[];
  /** API calls in order (SetValue with its element). */
  calls: string[];
  /** What the LMS stored at the last successful commit or finish (Moodle's StoreData). */
  stored: Record<string, string> | undefined;
  /** Current values in the API object. */
  values: Record<string, string>;
  failCommits: number;
}

declare global {
  interface Window {
    lms: HarnessState;
  }
}
