import { useId, useState } from "preact/hooks";
import { RichText } from "../hast/render-hast.tsx";
import { BlockList } from "./block-view.tsx";
import type { Panel } from "./panels.ts";

/** Each panel is a heading holding a disclosure button (WAI-ARIA accordion pattern); all start closed. */
export function AccordionView(props: { panels: Panel[] }) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const id = useId();
  const toggle = (index: number) => {
    const next = new Set(open);
    if (!next.delete(index)) next.add(index);
    setOpen(next);
  };
  return (
    <div class="cm-accordion">
      {props.panels.map((panel, index) => (
        <div class="cm-accordion-item" key={index}>
          <h3 class="cm-accordion-heading">
            <button
              type="button"
              id={`${id}-h${index}`}
              aria-expanded={open.has(index)}
              aria-controls={`${id}-p${index}`}
              onClick={() => toggle(index)}
            >
              <RichText content={panel.heading} inline />
              <span class="cm-chevron" aria-hidden="true" />
            </button>
          </h3>
          <section id={`${id}-p${index}`} aria-labelledby={`${id}-h${index}`} hidden={!open.has(index)}>
            <BlockList blocks={panel.content} />
          </section>
        </div>
      ))}
    </div>
  );
}
