/**
 * The Tracker for a SCORM LMS, shared by 1.2 and 2004 (their differences are a ScormDialect).
 * Policies (STANDARDS.md §1.4, §6.4–6.8): commit after each answer; retry refused commits with
 * backoff while keeping the unsent state on the device; never downgrade a status; write nothing
 * in review mode and no results in browse mode or without credit; on terminate, exit `suspend`
 * until the learner is done.
 */
import { fitsSuspendData } from "./cmi-formats.ts";
import { type DeviceBackup, storageBackup, type UnsentState } from "./device-backup.ts";
import { connectLms, type LmsConnection } from "./lms-connection.ts";
import { RETRY_DELAYS_MS, realSleep, retryWithBackoff, type Sleep } from "./retry.ts";
import { type CmiWrite, interactionWrites, readDecimal, type ScormDialect } from "./scorm-dialect.ts";
import { mergeCompletion, mergeSuccess } from "./status.ts";
import type {
  CompletionStatus,
  LaunchContext,
  LaunchMode,
  NoticeListener,
  ProgressSnapshot,
  Score,
  SuccessStatus,
  Tracker,
  TrackerNotice,
} from "./tracker.ts";

export interface ScormTrackerOptions {
  /** The SCO's window: API discovery starts here (parents, then opener). */
  window: object;
  /** The tracker used when no LMS answers: progress stays on the device (engine/tracking/local.ts). */
  fallback: () => Tracker;
  /** Names this package in device storage (the course id and package part). */
  packageKey: string;
  storage?: Storage | undefined;
  now?: () => number;
  sleep?: Sleep;
  retryDelays?: readonly number[];
}

function parseMode(value: string): LaunchMode {
  return value === "browse" || value === "review" ? value : "normal";
}

export function createScormTracker(dialect: ScormDialect, options: ScormTrackerOptions): Tracker {
  const now = options.now ?? (() => Date.now());
  const retry = { delays: options.retryDelays ?? RETRY_DELAYS_MS, sleep: options.sleep ?? realSleep };
  const listeners = new Set<NoticeListener>();
  const emit = (notice: TrackerNotice) => {
    for (const listener of listeners) listener(notice);
  };
  let lms: LmsConnection | undefined;
  let delegate: Tracker | undefined;
  let backup: DeviceBackup | undefined;
  let mode: LaunchMode = "normal";
  let credit = true;
  let completion: CompletionStatus = "not-attempted";
  let success: SuccessStatus = "unknown";
  let score: Score | undefined;
  let progress: ProgressSnapshot | undefined;
  let nextInteraction = 0;
  let startedAt = 0;
  let failing = false;
  let terminated = false;
  /** Whether LMSFinish/Terminate accepted the session (meaningful once terminated). */
  let finishStored = false;
  let commits: Promise<boolean> = Promise.resolve(true);

  const recordsProgress = () => mode !== "review";
  const recordsResults = () => mode === "normal" && credit;
  /**
   * A score reaches the LMS only once it is final (the dialect says when): Moodle 1.2 turns any
   * stored raw below the mastery score into `failed` on LMSFinish (§1.4.5), so a half-done module
   * or assessment must not leave a raw behind.
   */
  const scoreIsFinal = () => dialect.scoreIsFinal(completion, success);
  const scoreWrites = (): CmiWrite[] => (score && scoreIsFinal() ? dialect.scoreWrites(score) : []);
  const apply = (writes: readonly CmiWrite[]) => {
    for (const [element, value] of writes) lms?.set(element, value);
  };
  const unsent = (): UnsentState => ({ progress, completion, success, score });

  function progressWrites(snapshot: ProgressSnapshot): CmiWrite[] {
    const writes: CmiWrite[] = [];
    if (snapshot.location.length <= dialect.rules.locationMax) {
      writes.push([dialect.elements.location, snapshot.location]);
    }
    // An oversized record is a bug the build should have caught: keep it on the device, never cut it.
    if (fitsSuspendData(snapshot.record, dialect.version)) {
      writes.push([dialect.elements.suspendData, snapshot.record]);
    } else backup?.save(unsent());
    if (recordsResults()) writes.push(...dialect.progressWrites(snapshot.progressMeasure));
    return writes;
  }

  /** Everything that is state rather than journal: safe to send again after a refused commit. */
  function stateWrites(): CmiWrite[] {
    const writes = progress && recordsProgress() ? progressWrites(progress) : [];
    if (!recordsResults()) return writes;
    return [...writes, ...scoreWrites(), ...dialect.statusWrites(completion, success)];
  }

  async function standalone(): Promise<LaunchContext> {
    delegate = options.fallback();
    let told = false;
    delegate.subscribe((notice) => {
      told ||= notice.kind === "standalone";
      emit(notice);
    });
    const context = await delegate.initialize();
    // The learner hears once that progress stays on this device, whichever tracker says it.
    if (!told) emit({ kind: "standalone" });
    return context;
  }

  function readLaunch(connection: LmsConnection): { context: LaunchContext; resumedFromDevice: boolean } {
    const { elements } = dialect;
    const get = connection.get;
    mode = parseMode(get(elements.mode));
    credit = get(elements.credit) !== "no-credit";
    ({ completion, success } = dialect.readStatus(get));
    const raw = readDecimal(get(elements.scoreRaw));
    if (raw !== undefined) score = { raw, min: 0, max: 100, scaled: raw / 100 };
    nextInteraction = Number.parseInt(get(elements.interactionCount), 10) || 0;
    backup = storageBackup(
      options.storage,
      `coursemark:${dialect.version}:${options.packageKey}:${get(elements.learnerId)}`,
    );
    let record = get(elements.suspendData) || undefined;
    let location = get(elements.location) || undefined;
    const kept = backup.load();
    if (kept) {
      // The last session's LMS refused its final saves: resume from what this device kept.
      progress = kept.progress;
      record = kept.progress?.record ?? record;
      location = kept.progress?.location ?? location;
      completion = mergeCompletion(completion, kept.completion);
      success = mergeSuccess(success, kept.success);
      score = kept.score ?? score;
    }
    const learnerName = get(elements.learnerName) || undefined;
    const context = {
      mode,
      credit,
      record,
      location,
      completion,
      success,
      scoreRaw: score?.raw,
      learnerName,
    };
    return { context, resumedFromDevice: kept !== undefined };
  }

  async function runCommit(): Promise<boolean> {
    const connection = lms;
    if (!connection) return false;
    // Once the session has ended, its finish decided what is stored and what the device keeps.
    const saved = await retryWithBackoff(() => terminated || connection.commit(), {
      ...retry,
      onFailure: (attempt) => {
        failing = true;
        backup?.save(unsent());
        emit({ kind: "saving-failed", attempt });
      },
      beforeRetry: () => apply(stateWrites()),
    });
    if (terminated) return finishStored;
    if (saved) {
      backup?.clear();
      if (failing) emit({ kind: "saving-recovered" });
      failing = false;
    }
    return saved;
  }

  const tracker: Tracker = {
    kind: dialect.version,
    async initialize() {
      const connection = connectLms(options.window, dialect);
      if (!connection) return standalone();
      if (!(await retryWithBackoff(() => connection.initialize(), retry))) return standalone();
      lms = connection;
      startedAt = now();
      const { context, resumedFromDevice } = readLaunch(connection);
      if (resumedFromDevice) {
        apply(stateWrites());
        void tracker.commit();
      } else if (recordsResults() && completion === "not-attempted") {
        // Always set a status: Moodle marks a SCO that never did `completed` on finish (§6.8).
        completion = "incomplete";
        apply(dialect.statusWrites(completion, success));
      }
      return context;
    },
    saveProgress(snapshot) {
      if (delegate) return delegate.saveProgress(snapshot);
      if (!lms || terminated || !recordsProgress()) return;
      progress = snapshot;
      apply(progressWrites(snapshot));
    },
    recordInteraction(interaction) {
      if (delegate) return delegate.recordInteraction(interaction);
      if (!lms || terminated || !recordsResults()) return;
      apply(interactionWrites(dialect, nextInteraction, interaction));
      nextInteraction += 1;
      void tracker.commit();
    },
    setScore(next) {
      if (delegate) return delegate.setScore(next);
      if (!lms || terminated || !recordsResults()) return;
      // After a pass, a weaker revisit never lowers the grade Moodle takes from score.raw (§6.4).
      if (success === "passed" && score && next.raw < score.raw) return;
      score = next;
      apply(scoreWrites());
    },
    setStatus(nextCompletion, nextSuccess) {
      if (delegate) return delegate.setStatus(nextCompletion, nextSuccess);
      if (!lms || terminated || !recordsResults()) return;
      completion = mergeCompletion(completion, nextCompletion);
      success = mergeSuccess(success, nextSuccess);
      apply([...scoreWrites(), ...dialect.statusWrites(completion, success)]);
    },
    commit() {
      if (delegate) return delegate.commit();
      if (!lms || terminated) return Promise.resolve(false);
      commits = commits.then(runCommit);
      return commits;
    },
    terminate() {
      if (delegate) return delegate.terminate();
      if (!lms || terminated) return Promise.resolve();
      // Synchronous on purpose: called from pagehide, where no promise callback runs.
      if (recordsProgress()) {
        const done = completion === "completed";
        apply([
          [dialect.elements.exit, done ? dialect.rules.normalExit : "suspend"],
          [dialect.elements.sessionTime, dialect.formatSessionTime(now() - startedAt)],
        ]);
      }
      terminated = true;
      // LMSFinish/Terminate stores everything set so far; if it refuses, the device keeps it.
      finishStored = lms.terminate();
      if (finishStored) backup?.clear();
      else backup?.save(unsent());
      return Promise.resolve();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return tracker;
}
