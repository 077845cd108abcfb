import { useId, useRef, useState } from "preact/hooks";
import { RichText } from "../hast/render-hast.tsx";
import { BlockList } from "./block-view.tsx";
import type { Panel } from "./panels.ts";

const STEP: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs (roving
 * tabindex); Tab goes into the panel. Tabs wrap onto several lines instead of scrolling sideways.
 */
export function TabsView(props: { panels: Panel[] }) {
  const [selected, setSelected] = useState(0);
  const id = useId();
  const tabList = useRef<HTMLDivElement>(null);
  const select = (index: number) => {
    setSelected(index);
    tabList.current?.querySelectorAll<HTMLElement>("[role=tab]")[index]?.focus();
  };
  return (
    <div class="cm-tabs">
      <div role="tablist" class="cm-tablist" ref={tabList}>
        {props.panels.map((panel, index) => (
          <button
            key={index}
            type="button"
            role="tab"
            id={`${id}-t${index}`}
            aria-selected={index === selected}
            aria-controls={`${id}-p${index}`}
            tabIndex={index === selected ? 0 : -1}
            onClick={() => setSelected(index)}
            onKeyDown={(event) => {
              const step = STEP[event.key];
              if (!step) return;
              event.preventDefault();
              select(step(index, props.panels.length));
            }}
          >
            <RichText content={panel.heading} inline />
          </button>
        ))}
      </div>
      {props.panels.map((panel, index) => (
        <div
          key={index}
          role="tabpanel"
          id={`${id}-p${index}`}
          aria-labelledby={`${id}-t${index}`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the WAI-ARIA tabs pattern makes the panel focusable.
          tabIndex={0}
          hidden={index !== selected}
          class="cm-tabpanel"
        >
          <BlockList blocks={panel.content} />
        </div>
      ))}
    </div>
  );
}
