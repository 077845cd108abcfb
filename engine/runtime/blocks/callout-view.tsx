import type { CalloutBlock } from "../../model/schema.ts";
import { useMessages } from "../hooks/player-context.tsx";
import type { TextKey } from "../messages/en.ts";
import { BlockList } from "./block-view.tsx";

const LABELS: Record<CalloutBlock["variant"], TextKey> = {
  tip: "calloutTip",
  warning: "calloutWarning",
  example: "calloutExample",
  takeaway: "calloutTakeaway",
};

const ICONS: Record<CalloutBlock["variant"], string> = {
  tip: "ℹ",
  warning: "⚠",
  example: "✎",
  takeaway: "★",
};

/** A tip, warning, example or key point: a visible word names it (colour and icon only add to it). */
export function CalloutView(props: { block: CalloutBlock }) {
  const { variant, content } = props.block;
  const label = useMessages()[LABELS[variant]];
  return (
    <aside class={`cm-callout cm-callout-${variant}`} aria-label={label}>
      <p class="cm-callout-label">
        <span aria-hidden="true">{ICONS[variant]} </span>
        {label}
      </p>
      <BlockList blocks={content} />
    </aside>
  );
}
