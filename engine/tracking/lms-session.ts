/**
 * One initialised LMS session: every write goes through the pending-writes journal, so a SetValue
 * or a commit the LMS refuses is sent again until a commit stores it (pending-writes.ts).
 */
import type { LmsConnection } from "./lms-connection.ts";
import {
  addWrites,
  afterCommit,
  afterRefusedCommit,
  flushWrites,
  type PendingWrites,
} from "./pending-writes.ts";
import type { CmiWrite } from "./scorm-dialect.ts";

export interface LmsSession {
  /** Journals the writes and sends them now, in order. */
  send(writes: readonly CmiWrite[]): void;
  /** Sends what is pending and commits; true when the LMS has stored everything. */
  commit(): boolean;
  /** Sends what is pending and ends the session (LMSFinish/Terminate); true when everything is stored. */
  finish(): boolean;
  /** What the LMS has not stored yet, in order. */
  pending(): PendingWrites;
  /** The suspend_data the LMS holds as stored (read at launch, then as committed). */
  storedRecord(): string | undefined;
}

export function createLmsSession(
  connection: LmsConnection,
  suspendDataElement: string,
  launchRecord: string | undefined,
): LmsSession {
  let pending: PendingWrites = [];
  let stored = launchRecord;
  let accepted = launchRecord;

  function flush(): boolean {
    const result = flushWrites(pending, (element, value) => {
      const outcome = connection.set(element, value);
      if (outcome === "accepted" && element === suspendDataElement) accepted = value;
      return outcome;
    });
    pending = result.pending;
    return result.complete;
  }

  function settle(storedNow: boolean): boolean {
    if (!storedNow) {
      pending = afterRefusedCommit(pending);
      return false;
    }
    pending = afterCommit(pending);
    stored = accepted;
    return pending.length === 0;
  }

  return {
    send(writes) {
      pending = addWrites(pending, writes);
      flush();
    },
    commit() {
      flush();
      return settle(connection.commit());
    },
    finish() {
      flush();
      return settle(connection.terminate());
    },
    pending: () => pending,
    storedRecord: () => stored,
  };
}
