import { type ComponentChildren, createContext } from "preact";
import { useContext, useEffect, useState } from "preact/hooks";
import type { InteractionEvent } from "../../machines/events.ts";
import type { InteractionViewState } from "../../machines/selectors.ts";

/** One interaction as its view sees it: its state, updates, and how to tell the machine what the learner did. */
export interface InteractionSource {
  get(): InteractionViewState;
  subscribe(listener: () => void): () => void;
  send(event: InteractionEvent): void;
}

export interface InteractionSources {
  /** `lesson`: each interaction has its own buttons; `assessment`: the assessment submits all items at once. */
  mode: "lesson" | "assessment";
  /** The assessment attempt's seed when options are shuffled; undefined in lessons. */
  shuffleSeed: number | undefined;
  sourceOf(id: string): InteractionSource;
}

const InteractionsContext = createContext<InteractionSources | undefined>(undefined);

export function InteractionsProvider(props: { sources: InteractionSources; children: ComponentChildren }) {
  return <InteractionsContext.Provider value={props.sources}>{props.children}</InteractionsContext.Provider>;
}

/** Subscribes to one interaction; re-renders when it changes. */
export function useInteraction(id: string): {
  state: InteractionViewState;
  send(event: InteractionEvent): void;
  mode: InteractionSources["mode"];
  shuffleSeed: number | undefined;
} {
  const sources = useContext(InteractionsContext);
  if (!sources) throw new Error("useInteraction outside InteractionsProvider");
  const source = sources.sourceOf(id);
  const [state, setState] = useState(source.get());
  useEffect(() => {
    setState(source.get());
    return source.subscribe(() => setState(source.get()));
  }, [source]);
  return { state, send: source.send, mode: sources.mode, shuffleSeed: sources.shuffleSeed };
}
