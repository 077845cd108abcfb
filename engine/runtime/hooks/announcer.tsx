import { type ComponentChildren, createContext } from "preact";
import { useCallback, useContext, useState } from "preact/hooks";

type Announce = (text: string) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/**
 * One polite live region for the whole player: feedback, moves and notices are announced through
 * it, so screen readers hear them once, without moving focus.
 */
export function AnnouncerProvider(props: { children: ComponentChildren }) {
  const [message, setMessage] = useState({ text: "", serial: 0 });
  // A changing key re-creates the text node, so the same words said twice are announced twice.
  const announce = useCallback<Announce>(
    (text) => setMessage((previous) => ({ text, serial: previous.serial + 1 })),
    [],
  );
  return (
    <AnnouncerContext.Provider value={announce}>
      {props.children}
      <div class="cm-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-region">
        <span key={message.serial}>{message.text}</span>
      </div>
    </AnnouncerContext.Provider>
  );
}

export const useAnnounce = (): Announce => useContext(AnnouncerContext);
