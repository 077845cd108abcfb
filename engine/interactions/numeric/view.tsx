import { TextAnswer } from "../../runtime/interaction/text-answer.tsx";
import type { InteractionViewProps } from "../../runtime/interaction/view-contract.ts";
import type { Numeric } from "./index.ts";

/** A decimal input with the unit (e.g. GH₵) before it; typed as text so "12,50" and "GH₵ 12.50" both work. */
export function NumericView(props: InteractionViewProps<Numeric>) {
  return (
    <TextAnswer {...props} maxlength={0} prefix={props.interaction.unit || undefined} inputMode="decimal" />
  );
}
