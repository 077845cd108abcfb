import { useEffect, useState } from "preact/hooks";
import type { AnyActorRef, SnapshotFrom } from "xstate";

/** The actor's current snapshot; re-renders on every change. */
export function useActorSnapshot<Actor extends AnyActorRef>(actor: Actor): SnapshotFrom<Actor> {
  const [snapshot, setSnapshot] = useState<SnapshotFrom<Actor>>(actor.getSnapshot());
  useEffect(() => {
    setSnapshot(actor.getSnapshot());
    const subscription = actor.subscribe((next: SnapshotFrom<Actor>) => setSnapshot(next));
    return () => subscription.unsubscribe();
  }, [actor]);
  return snapshot;
}
