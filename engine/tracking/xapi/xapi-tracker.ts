/**
 * The Tracker for an LRS, shared by the TinCan (`xapi`) and `cmi5` launches (their differences are
 * an XapiSession). Statements are made when something happens and wait in the outbox until stored;
 * progress and bookmark go to the State API (state-sync.ts). completed, passed and failed are each
 * made at most once per registration, also across reloads and relaunches (the progress document
 * remembers them); in browse and review mode only initialized and terminated are made.
 */
import type { InteractionComponents } from "../../interactions/components.ts";
import type { KeyValueStore } from "../device-storage.ts";
import { mergeCompletion, mergeSuccess } from "../status.ts";
import type { LaunchContext, LaunchMode, NoticeListener, Score, Tracker, TrackerNotice } from "../tracker.ts";
import type { ActivityIris } from "./activity-iris.ts";
import { interactionDefinition, interactionResult } from "./answered.ts";
import type { Statement } from "./lrs-client.ts";
import { createOutbox, type Outbox } from "./outbox.ts";
import { mergeProgress, PROGRESS_STATE_ID, type ProgressState } from "./progress-state.ts";
import type { StatementKind, XapiSession } from "./session.ts";
import { createStateSync, type StateSync } from "./state-sync.ts";
import { CMI5, formatDuration, makeStatement, VERBS, type VerbName, type VerdictVerb } from "./statements.ts";

export interface XapiTrackerOptions {
  kind: "xapi" | "cmi5";
  connect: () => Promise<XapiSession | undefined>;
  iris: ActivityIris;
  lang: string;
  /** Every option, card, step… an interaction offers, for its definition (engine/interactions/components.ts). */
  componentsOf?: (interactionId: string) => InteractionComponents | undefined;
  /** The tracker used when the page was not launched by an LMS: progress stays on the device. */
  fallback: () => Tracker;
  store: KeyValueStore;
  /** Where `online` is heard (the window): what waits is sent as soon as the network is back. */
  events?: { addEventListener(type: string, listener: () => void): void };
  now?: () => number;
  /** How long the launch waits for the LRS (launch data, saved progress) before starting from the device. */
  launchWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const within = <T>(promise: Promise<T>, ms: number): Promise<T | undefined> =>
  Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);

export function createXapiTracker(options: XapiTrackerOptions): Tracker {
  const now = options.now ?? (() => Date.now());
  const listeners = new Set<NoticeListener>();
  const emit = (notice: TrackerNotice) => {
    for (const listener of listeners) listener(notice);
  };
  let delegate: Tracker | undefined;
  let session: XapiSession | undefined;
  let outbox: Outbox | undefined;
  let state: StateSync | undefined;
  let progress: ProgressState = { completion: "not-attempted", success: "unknown", sent: [] };
  let score: Score | undefined;
  let mode: LaunchMode = "normal";
  let factsKnown = false;
  let masteryScore: number | undefined;
  let startedAt = 0;
  let terminated = false;

  const records = () => session !== undefined && !session.ended && !terminated;
  const recordsResults = () => records() && mode === "normal";

  function make(
    kind: StatementKind,
    verbName: VerbName,
    extra: Partial<Statement> = {},
    object?: object,
  ): void {
    if (!session || !outbox) return;
    const context = { ...session.context(kind), ...((extra.context as object | undefined) ?? {}) };
    const statement = makeStatement({
      actor: session.actor,
      verb: verbName,
      object: { id: session.activityId, ...object },
      result: extra.result as Record<string, unknown> | undefined,
      context,
      at: new Date(now()),
    });
    outbox.add(session.complete(statement));
    void outbox.flush();
  }

  const elapsed = () => formatDuration(now() - startedAt);

  function saveState(): void {
    if (!state || mode === "review") return;
    state.save({ ...progress, scoreRaw: score?.raw ?? progress.scoreRaw });
    void state.flush();
  }

  /** passed or failed: against the launch's mastery score when the LMS gave one (cmi5), else the runtime's verdict. */
  function verdict(): "passed" | "failed" | undefined {
    if (progress.success === "unknown") return undefined;
    if (masteryScore !== undefined && score) return score.scaled >= masteryScore ? "passed" : "failed";
    return progress.success;
  }

  function makeVerdict(name: VerdictVerb): void {
    progress = { ...progress, sent: [...progress.sent, name] };
    if (name === "completed") {
      make("verdict", name, { result: { completion: true, duration: elapsed() } });
      return;
    }
    const result: Record<string, unknown> = { success: name === "passed", duration: elapsed() };
    if (score) result.score = { scaled: score.scaled, raw: score.raw, min: score.min, max: score.max };
    const context = masteryScore === undefined ? {} : { extensions: { [CMI5.masteryScore]: masteryScore } };
    make("verdict", name, { result, context });
  }

  /** Makes the verdict statements the statuses call for and this registration has not made yet. */
  function syncVerdicts(): void {
    if (!factsKnown || !recordsResults()) return;
    const { sent } = progress;
    if (progress.completion === "completed" && !sent.includes("completed")) makeVerdict("completed");
    const next = verdict();
    if (!next || sent.includes(next)) return;
    // cmi5: one verdict per registration; TinCan: a failed learner who passes later is reported passed.
    const allowed =
      options.kind === "cmi5"
        ? !sent.includes("passed") && !sent.includes("failed")
        : !sent.includes("passed");
    if (allowed) makeVerdict(next);
  }

  async function standalone(): Promise<LaunchContext> {
    delegate = options.fallback();
    delegate.subscribe(emit);
    return delegate.initialize();
  }

  const tracker: Tracker = {
    kind: options.kind,
    async initialize() {
      const connected = await options.connect();
      if (!connected) return standalone();
      session = connected;
      startedAt = now();
      const waitMs = options.launchWaitMs ?? 4000;
      outbox = createOutbox({
        client: connected.client,
        store: options.store,
        key: `${connected.storageKey}:outbox`,
        isReady: connected.isReady,
        onWaiting: (attempt) => emit({ kind: "saving-failed", attempt }),
        onDrained: () => emit({ kind: "saving-recovered" }),
        sleep: options.sleep,
      });
      // Answers a dead tab left as drafts (its launch data never came) join this session, after its
      // initialized; that session's own initialized and terminated drafts are set aside on the device.
      const orphans = outbox.take(
        (statement) =>
          connected.isPastDraft(statement) && (statement.verb as { id?: string }).id === VERBS.answered,
      );
      outbox.revise(connected.revise);
      state = createStateSync({
        client: connected.client,
        params: {
          activityId: connected.activityId,
          agent: JSON.stringify(connected.actor),
          ...(connected.registration ? { registration: connected.registration } : {}),
          stateId: PROGRESS_STATE_ID,
        },
        store: options.store,
        key: `${connected.storageKey}:progress`,
        sleep: options.sleep,
      });
      const [facts, remote] = await Promise.all([
        within(connected.facts, waitMs),
        within(state.remote(), waitMs),
      ]);
      progress = mergeProgress(remote ?? undefined, state.device());
      if (progress.scoreRaw !== undefined)
        score = { raw: progress.scoreRaw, min: 0, max: 100, scaled: progress.scoreRaw / 100 };
      if (records()) make("session", "initialized");
      for (const orphan of orphans) outbox.add(connected.adopt(orphan));
      const learnFacts = (known: NonNullable<typeof facts>) => {
        factsKnown = true;
        mode = known.mode;
        masteryScore = known.masteryScore;
        outbox?.revise(connected.revise);
        syncVerdicts();
        void outbox?.flush();
      };
      if (facts) learnFacts(facts);
      else {
        // The LRS did not answer at launch: statements wait on the device, and the learner is told.
        emit({ kind: "saving-failed", attempt: 1 });
        void connected.facts.then(async (late) => {
          learnFacts(late);
          if (await outbox?.flush()) emit({ kind: "saving-recovered" });
        });
      }
      if (state.device()?.unsent) void state.flush();
      options.events?.addEventListener("online", () => void tracker.commit());
      const name = connected.actor.name;
      return {
        mode,
        credit: true,
        record: progress.record,
        location: progress.location,
        completion: progress.completion,
        success: progress.success,
        scoreRaw: progress.scoreRaw,
        learnerName: typeof name === "string" ? name : undefined,
        returnUrl: facts?.returnUrl,
        languages: facts?.languages,
      };
    },
    saveProgress(snapshot) {
      if (delegate) return delegate.saveProgress(snapshot);
      if (!session || terminated) return;
      progress = {
        ...progress,
        record: snapshot.record,
        location: snapshot.location,
        progressMeasure: snapshot.progressMeasure,
      };
      saveState();
    },
    recordInteraction(interaction) {
      if (delegate) return delegate.recordInteraction(interaction);
      if (!recordsResults() || !options.iris) return;
      const object = {
        id: options.iris.interaction(interaction.id),
        definition: interactionDefinition(interaction, options.lang, options.componentsOf?.(interaction.id)),
      };
      make("other", "answered", { result: interactionResult(interaction) }, object);
    },
    setScore(next) {
      if (delegate) return delegate.setScore(next);
      if (!recordsResults()) return;
      if (progress.success === "passed" && score && next.raw < score.raw) return;
      score = next;
      progress = { ...progress, scoreRaw: next.raw };
    },
    setStatus(completion, success) {
      if (delegate) return delegate.setStatus(completion, success);
      if (!recordsResults()) return;
      progress = {
        ...progress,
        completion: mergeCompletion(progress.completion, completion),
        success: mergeSuccess(progress.success, success),
      };
      syncVerdicts();
      saveState();
    },
    async commit() {
      if (delegate) return delegate.commit();
      if (!outbox || !state) return false;
      const sent = Promise.all([outbox.flush(), state.flush()]).then(
        ([statements, document]) => statements && document,
      );
      return (await within(sent, 1500)) ?? false;
    },
    async terminate() {
      if (delegate) return delegate.terminate();
      if (!session || !outbox || !state || terminated) return;
      // Synchronous up to the keepalive requests: called from pagehide, where no promise callback runs.
      if (records()) {
        make("session", "terminated", { result: { duration: elapsed() } });
        session.end();
      }
      terminated = true;
      outbox.flushOnExit();
      state.flushOnExit();
      await within(Promise.all([outbox.flush(), state.flush()]), 5000);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return tracker;
}
