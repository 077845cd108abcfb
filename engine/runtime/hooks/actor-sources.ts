import type { ActorRefFrom } from "xstate";
import type { interactionMachine } from "../../machines/interaction.machine.ts";
import { selectInteractionView } from "../../machines/selectors.ts";
import type { InteractionSource, InteractionSources } from "./interactions.tsx";

type InteractionRef = ActorRefFrom<typeof interactionMachine>;

/** The interaction actors of a lesson scope as view sources (one per actor, made once). */
export function actorSources(refs: Readonly<Record<string, InteractionRef>>): InteractionSources {
  const sources = new Map<string, InteractionSource>();
  const create = (id: string): InteractionSource => {
    const ref = refs[id];
    if (!ref) throw new Error(`No interaction actor for ${id}`);
    return {
      get: () => selectInteractionView(ref.getSnapshot()),
      subscribe(listener) {
        const subscription = ref.subscribe(listener);
        return () => subscription.unsubscribe();
      },
      send: (event) => ref.send(event),
    };
  };
  return {
    mode: "lesson",
    shuffleSeed: undefined,
    sourceOf(id) {
      const source = sources.get(id) ?? create(id);
      sources.set(id, source);
      return source;
    },
  };
}
