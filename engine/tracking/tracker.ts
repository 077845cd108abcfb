/**
 * The one boundary between the learner runtime and whatever records learning (device storage,
 * a SCORM 1.2/2004 LMS, later an xAPI LRS or a cmi5 player). The runtime speaks only in these
 * neutral terms; each adapter formats them to its standard (STANDARDS.md).
 */

/** Progress dimension (SCORM 1.2 folds both into lesson_status; 2004 and cmi5 keep them apart). */
export type CompletionStatus = "not-attempted" | "incomplete" | "completed";
/** Mastery dimension. */
export type SuccessStatus = "unknown" | "passed" | "failed";

export type LaunchMode = "normal" | "browse" | "review";

/** What the platform tells the runtime at launch. */
export interface LaunchContext {
  mode: LaunchMode;
  /** false for SCORM `credit=no-credit`: nothing the learner does changes their record. */
  credit: boolean;
  /** The saved progress record (suspend_data), if any. */
  record: string | undefined;
  /** The saved bookmark (lesson_location / location), if any. */
  location: string | undefined;
  /** Statuses already stored, so the runtime never downgrades them. */
  completion: CompletionStatus;
  success: SuccessStatus;
  /** Score already stored, 0–100, if any. */
  scoreRaw: number | undefined;
  learnerName: string | undefined;
  /**
   * The learner's preferred languages as the platform states them (SCORM learner preference, cmi5
   * learner preferences, TinCan `Accept-Language`), most preferred first; empty when it says nothing.
   */
  languages?: string[];
  /** Where the learner goes when they exit (cmi5 LaunchData `returnURL`); the player then offers Exit. */
  returnUrl?: string;
}

/** A first launch: normal mode with credit, nothing stored yet (device-only sessions, first paint). */
export const FIRST_LAUNCH: LaunchContext = {
  mode: "normal",
  credit: true,
  record: undefined,
  location: undefined,
  completion: "not-attempted",
  success: "unknown",
  scoreRaw: undefined,
  learnerName: undefined,
};

/** Interaction types as SCORM names them; xAPI/cmi5 use the same vocabulary (cmi.interaction). */
export type TrackedInteractionType =
  | "true-false"
  | "choice"
  | "fill-in"
  | "long-fill-in"
  | "matching"
  | "performance"
  | "sequencing"
  | "likert"
  | "numeric"
  | "other";

/** Responses as data; each adapter formats them (e.g. `1.a,2.b` in 1.2, `1[.]a[,]2[.]b` in 2004). */
export type TrackedResponse =
  | { kind: "true-false"; value: boolean }
  | { kind: "choice"; ids: string[] }
  | { kind: "fill-in"; texts: string[]; caseMatters: boolean }
  | { kind: "numeric"; value: number }
  | { kind: "numeric-range"; min: number; max: number }
  | { kind: "matching"; pairs: Array<[source: string, target: string]> }
  | { kind: "sequencing"; ids: string[] }
  | { kind: "likert"; id: string }
  | { kind: "performance"; steps: Array<[step: string, answer: string]> }
  | { kind: "other"; text: string };

export type InteractionResult = "correct" | "incorrect" | "neutral" | number;

/** One answered interaction, journaled by the adapter (SCORM: a new cmi.interactions.n). */
export interface InteractionRecord {
  id: string;
  type: TrackedInteractionType;
  /** Plain-text question, for reports (2004 `description`). */
  description: string;
  learnerResponse: TrackedResponse;
  correctResponses: TrackedResponse[];
  result: InteractionResult;
  weighting: number;
  /** Milliseconds from first showing the interaction to submitting. */
  latencyMs: number;
  /** Wall-clock time of the answer; stamped by the runtime (the only place with a clock). */
  answeredAt: Date;
  /** Learning objective ids this interaction serves (lesson ids). */
  objectiveIds: string[];
}

export interface Score {
  /** 0–100; Moodle grades from raw only (STANDARDS.md §6.4). */
  raw: number;
  min: number;
  max: number;
  /** −1..1 (SCORM 2004, xAPI). */
  scaled: number;
}

export interface ProgressSnapshot {
  /** The encoded progress record (engine/machines codec); ASCII. */
  record: string;
  /** Bookmark: the current screen's stable address. */
  location: string;
  /** 0..1 */
  progressMeasure: number;
}

export type TrackerNotice =
  | { kind: "standalone" } // no LMS found: progress stays on this device
  | { kind: "saving-failed"; attempt: number } // the LMS refused a save (once per spell); retrying, kept on device
  | { kind: "saving-recovered" }
  | { kind: "device-progress-saved" } // progress kept on this device (no LMS, refused saves) reached the LMS
  | { kind: "open-elsewhere" } // another tab took over the LMS session: this one keeps progress on the device
  | { kind: "record-recovered"; detail: "partial" | "reset" }; // a damaged record was repaired

export type NoticeListener = (notice: TrackerNotice) => void;

export interface Tracker {
  /** "local", "scorm12", "scorm2004"; later "xapi", "cmi5". */
  readonly kind: string;
  /** Connects to the platform and reads what it stored. Never rejects: falls back to standalone. */
  initialize(): Promise<LaunchContext>;
  saveProgress(progress: ProgressSnapshot): void;
  recordInteraction(interaction: InteractionRecord): void;
  setScore(score: Score): void;
  /** Sets statuses; adapters never downgrade (a passed learner stays passed). */
  setStatus(completion: CompletionStatus, success: SuccessStatus): void;
  /** Sends what was set so far; retries with backoff; resolves false if still unsaved. */
  commit(): Promise<boolean>;
  /** Ends the session (SCORM LMSFinish/Terminate with exit suspend or normal). */
  terminate(): Promise<void>;
  subscribe(listener: NoticeListener): () => void;
}
