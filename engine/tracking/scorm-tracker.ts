/**
 * The Tracker for a SCORM LMS, shared by 1.2 and 2004 (their differences are a ScormDialect).
 * Policies (STANDARDS.md §1.4, §6.4–6.8; issue 9): commit after each answer; every write goes
 * through a journal and is sent again until a commit stores it, while a copy waits on the device;
 * without an LMS the device keeps the progress and the answers for the next launch that has one;
 * never downgrade a status; write nothing in review mode and no results in browse mode or without
 * credit; on terminate, exit `suspend` until the learner is done.
 */

import { fitsSuspendData } from "./cmi-formats.ts";
import { type DeviceCopy, storageBackup } from "./device-backup.ts";
import { connectLms } from "./lms-connection.ts";
import { createLmsSession, type LmsSession } from "./lms-session.ts";
import { type PendingInteraction, pendingInteractions } from "./pending-writes.ts";
import { preferredLanguages } from "./preferred-languages.ts";
import { type Reconciled, readStoredState, reconcile, takeDeviceCopies } from "./reconcile.ts";
import {
  RETRY_DELAYS_MS,
  realSleep,
  retryLater,
  retryWithBackoff,
  type Schedule,
  type Sleep,
} from "./retry.ts";
import { type CmiWrite, interactionWrites, type ScormDialect } from "./scorm-dialect.ts";
import { mergeCompletion, mergeSuccess } from "./status.ts";
import type {
  CompletionStatus,
  InteractionRecord,
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
  /** The course version: progress kept on the device reaches the LMS only for the same version. */
  packageVersion?: string | undefined;
  storage?: Storage | undefined;
  now?: () => number;
  sleep?: Sleep;
  retryDelays?: readonly number[];
  /** Schedules the next try once the retries ran out (default: RETRY_LATER_MS later). */
  retryLater?: Schedule;
}

function parseMode(value: string): LaunchMode {
  return value === "browse" || value === "review" ? value : "normal";
}

/** An answer given without an LMS, kept for the LMS's journal (placed after what it holds). */
function unplaced(dialect: ScormDialect, interaction: InteractionRecord): PendingInteraction {
  const prefix = "cmi.interactions.0.".length;
  const writes = interactionWrites(dialect, 0, interaction);
  return { index: undefined, writes: writes.map(([element, value]) => [element.slice(prefix), value]) };
}

export function createScormTracker(dialect: ScormDialect, options: ScormTrackerOptions): Tracker {
  const now = options.now ?? (() => Date.now());
  const retry = { delays: options.retryDelays ?? RETRY_DELAYS_MS, sleep: options.sleep ?? realSleep };
  const backup = storageBackup(options.storage, `coursemark:${dialect.version}:${options.packageKey}`);
  const listeners = new Set<NoticeListener>();
  const emit = (notice: TrackerNotice) => {
    for (const listener of listeners) listener(notice);
  };
  let session: LmsSession | undefined;
  let delegate: Tracker | undefined;
  /** This tab, among tabs of one package and learner: the one that started last writes to the LMS. */
  const tab = String(Math.random());
  let claimed = false;
  /** Another tab took over: this one keeps what the learner does on the device for the next launch. */
  let forwarding = false;
  let forwardedSaved = 0;
  let learner: string | undefined;
  let baseline: string | undefined;
  /** Answers given without an LMS (standalone, or forwarding): they wait on the device. */
  let offline: PendingInteraction[] = [];
  let mode: LaunchMode = "normal";
  let credit = true;
  let completion: CompletionStatus = "not-attempted";
  let success: SuccessStatus = "unknown";
  let score: Score | undefined;
  let progress: ProgressSnapshot | undefined;
  let nextInteraction = 0;
  let startedAt = 0;
  let failing = false;
  /** Progress kept on the device was sent at launch: the learner hears once it is stored. */
  let reconciling = false;
  let terminated = false;
  /** Whether LMSFinish/Terminate stored everything (meaningful once terminated). */
  let finishStored = false;
  let commits: Promise<boolean> = Promise.resolve(true);
  let triesLater = false;

  const recordsProgress = () => mode !== "review";
  const recordsResults = () => mode === "normal" && credit;
  /**
   * A score reaches the LMS only once it is final (the dialect says when): Moodle 1.2 turns any
   * stored raw below the mastery score into `failed` on LMSFinish (§1.4.5), so a half-done module
   * or assessment must not leave a raw behind.
   */
  const scoreIsFinal = () => dialect.scoreIsFinal(completion, success);
  const scoreWrites = (): CmiWrite[] => (score && scoreIsFinal() ? dialect.scoreWrites(score) : []);

  const sessionOnly = new Set([dialect.elements.exit, dialect.elements.sessionTime]);
  const copyOf = (interactions: PendingInteraction[]): DeviceCopy => ({
    packageVersion: options.packageVersion,
    learner,
    baseline,
    progress,
    completion,
    success,
    score,
    interactions,
  });
  /** Keeps on the device what the LMS has not stored; forgets it once stored. */
  function keep(): void {
    if (forwarding) keepForwarded();
    else if (delegate) backup.save(copyOf(offline));
    if (!session || forwarding) return;
    baseline = session.storedRecord();
    // A session's exit and time matter to that session only; anything else unstored is kept.
    const unstored = session.pending().filter(({ element }) => !sessionOnly.has(element));
    if (unstored.length > 0) backup.save(copyOf(pendingInteractions(unstored)));
    else {
      backup.clear(learner);
      if (learner !== undefined) backup.markSynced({ learner, record: baseline });
    }
  }
  function keepForwarded(): void {
    // A launch that reconciled this tab's copy removed it: those answers are in the LMS now.
    if (forwardedSaved > 0 && !backup.load(learner, tab)) offline = offline.slice(forwardedSaved);
    backup.save(copyOf(offline), tab);
    forwardedSaved = offline.length;
  }

  /**
   * Whether another tab of this package started a session for the learner since this one did. Its
   * LMS holds what this tab's does not (and Moodle stores each tab's values element by element), so
   * from then on this tab writes nothing to the LMS: it forwards what the learner does via the device.
   */
  function handedOver(): boolean {
    if (forwarding || !claimed || !session || (backup.claimant() ?? tab) === tab) return forwarding;
    forwarding = true;
    offline = pendingInteractions(session.pending()).map(({ writes }) => ({ index: undefined, writes }));
    emit({ kind: "open-elsewhere" });
    keepForwarded();
    return true;
  }
  /** Whether what the learner does now goes to the device instead of an LMS. */
  const onDevice = () => delegate !== undefined || handedOver();

  function send(writes: readonly CmiWrite[]): void {
    session?.send(writes);
    keep();
  }

  function progressWrites(snapshot: ProgressSnapshot): CmiWrite[] {
    const writes: CmiWrite[] = [];
    if (snapshot.location.length <= dialect.rules.locationMax) {
      writes.push([dialect.elements.location, snapshot.location]);
    }
    // An oversized record is a bug the build should have caught: the device copy keeps it, never cut.
    if (fitsSuspendData(snapshot.record, dialect.version)) {
      writes.push([dialect.elements.suspendData, snapshot.record]);
    } else backup.save(copyOf([]));
    if (recordsResults()) writes.push(...dialect.progressWrites(snapshot.progressMeasure));
    return writes;
  }

  /** Everything that is state rather than journal. */
  function stateWrites(): CmiWrite[] {
    const writes = progress && recordsProgress() ? progressWrites(progress) : [];
    if (!recordsResults()) return writes;
    return [...writes, ...scoreWrites(), ...dialect.statusWrites(completion, success)];
  }

  async function standalone(): Promise<LaunchContext> {
    const fallback = options.fallback();
    delegate = fallback;
    let told = false;
    fallback.subscribe((notice) => {
      told ||= notice.kind === "standalone";
      emit(notice);
    });
    const context = await fallback.initialize();
    // The learner hears once that progress stays on this device, whichever tracker says it.
    if (!told) emit({ kind: "standalone" });
    const synced = backup.synced();
    learner = synced?.learner;
    baseline = synced?.record;
    const kept = backup.load(learner);
    ({ completion, success } = context);
    if (kept?.packageVersion === options.packageVersion)
      ({ completion, success, progress, score, interactions: offline } = kept ?? copyOf([]));
    return context;
  }

  function readLaunch(get: (element: string) => string): { context: LaunchContext; kept?: Reconciled } {
    const { elements } = dialect;
    mode = parseMode(get(elements.mode));
    credit = get(elements.credit) !== "no-credit";
    learner = get(elements.learnerId);
    const stored = readStoredState(dialect, get);
    baseline = stored.record;
    const copies = recordsResults() ? takeDeviceCopies(backup, learner, options.packageVersion) : [];
    const kept = reconcile(stored, copies);
    const state = kept ?? stored;
    ({ completion, success, score } = state);
    progress = kept?.progress;
    nextInteraction = state.interactionCount;
    const context = {
      mode,
      credit,
      record: state.record,
      location: state.location,
      completion,
      success,
      scoreRaw: score?.raw,
      learnerName: get(elements.learnerName) || undefined,
      languages: preferredLanguages(get(elements.learnerLanguage)),
    };
    return { context, kept };
  }

  async function runCommit(): Promise<boolean> {
    const current = session;
    if (!current) return false;
    // Once the session has ended, its finish decided what is stored and what the device keeps.
    const saved = await retryWithBackoff(
      () => {
        if (terminated || handedOver()) return true;
        const stored = current.commit();
        keep();
        return stored;
      },
      {
        ...retry,
        // Said once per failing spell: the notice stays until everything is stored.
        onFailure: (attempt) => {
          if (!failing) emit({ kind: "saving-failed", attempt });
          failing = true;
        },
      },
    );
    if (terminated) return finishStored;
    if (forwarding) return false;
    // Unstored writes are tried again later on their own, not only at the learner's next step.
    if (!saved && !triesLater) {
      triesLater = true;
      (options.retryLater ?? retryLater)(() => {
        triesLater = false;
        void tracker.commit();
      });
    }
    if (saved && failing) emit({ kind: "saving-recovered" });
    if (saved && reconciling) emit({ kind: "device-progress-saved" });
    if (saved) failing = reconciling = false;
    return saved;
  }

  const tracker: Tracker = {
    kind: dialect.version,
    async initialize() {
      const connection = connectLms(options.window, dialect);
      if (!connection) return standalone();
      if (!(await retryWithBackoff(() => connection.initialize(), retry))) return standalone();
      startedAt = now();
      const { context, kept } = readLaunch(connection.get);
      session = createLmsSession(connection, dialect.elements.suspendData, baseline);
      if (recordsResults() && learner !== undefined) {
        backup.claim(tab);
        claimed = true;
      }
      // Always set a status: Moodle marks a SCO that never did `completed` on finish (§6.8).
      const unset = recordsResults() && completion === "not-attempted";
      if (unset) completion = "incomplete";
      if (kept) {
        reconciling = true;
        send([...kept.interactionWrites, ...stateWrites()]);
        void tracker.commit();
      } else if (unset) send(dialect.statusWrites(completion, success));
      return context;
    },
    saveProgress(snapshot) {
      if (onDevice()) {
        progress = snapshot;
        keep();
        return delegate?.saveProgress(snapshot);
      }
      if (!session || terminated || !recordsProgress()) return;
      progress = snapshot;
      send(progressWrites(snapshot));
    },
    recordInteraction(interaction) {
      if (onDevice()) {
        offline.push(unplaced(dialect, interaction));
        keep();
        return delegate?.recordInteraction(interaction);
      }
      if (!session || terminated || !recordsResults()) return;
      send(interactionWrites(dialect, nextInteraction, interaction));
      nextInteraction += 1;
      void tracker.commit();
    },
    setScore(next) {
      const device = onDevice();
      if (!device && (!session || terminated || !recordsResults())) return;
      // After a pass, a weaker revisit never lowers the grade Moodle takes from score.raw (§6.4).
      if (!(success === "passed" && score && next.raw < score.raw)) score = next;
      if (device) {
        keep();
        return delegate?.setScore(next);
      }
      send(scoreWrites());
    },
    setStatus(nextCompletion, nextSuccess) {
      const device = onDevice();
      if (!device && (!session || terminated || !recordsResults())) return;
      completion = mergeCompletion(completion, nextCompletion);
      success = mergeSuccess(success, nextSuccess);
      if (device) {
        keep();
        return delegate?.setStatus(nextCompletion, nextSuccess);
      }
      send([...scoreWrites(), ...dialect.statusWrites(completion, success)]);
    },
    commit() {
      if (delegate) return delegate.commit();
      if (!session || terminated || handedOver()) return Promise.resolve(false);
      commits = commits.then(runCommit);
      return commits;
    },
    terminate() {
      if (delegate) return delegate.terminate();
      if (!session || terminated) return Promise.resolve();
      // A tab another one took over ends without a word to its LMS: its values are stale there.
      if (handedOver()) {
        terminated = true;
        keep();
        return Promise.resolve();
      }
      // Synchronous on purpose: called from pagehide, where no promise callback runs.
      if (recordsProgress()) {
        const done = completion === "completed";
        send([
          [dialect.elements.exit, done ? dialect.rules.normalExit : "suspend"],
          [dialect.elements.sessionTime, dialect.formatSessionTime(now() - startedAt)],
        ]);
      }
      terminated = true;
      // LMSFinish/Terminate stores everything accepted so far; the device keeps whatever is left.
      finishStored = session.finish();
      keep();
      return Promise.resolve();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return tracker;
}
