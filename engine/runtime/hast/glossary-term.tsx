import { useId, useState } from "preact/hooks";
import { useGlossary, useMessages } from "../hooks/player-context.tsx";
import { RichText } from "./render-hast.tsx";

/**
 * A glossary term in the text: a disclosure button that shows the definition right after it
 * (Escape or the button closes it). Without a definition the term is plain text.
 */
export function GlossaryTerm(props: { termId: string; label: string }) {
  const term = useGlossary().get(props.termId);
  const messages = useMessages();
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!term) return <span>{props.label}</span>;
  return (
    <span class="cm-term">
      <button
        type="button"
        class="cm-term-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === "Escape") setOpen(false);
        }}
      >
        {props.label}
      </button>
      <span
        id={id}
        class="cm-term-definition"
        role="note"
        aria-label={messages.glossaryDefinition(term.term)}
        hidden={!open}
      >
        <strong>{term.term}: </strong>
        <RichText content={term.definition} inline />
      </span>
    </span>
  );
}
