import { useMessages } from "../../runtime/hooks/player-context.tsx";
import { TextAnswer } from "../../runtime/interaction/text-answer.tsx";
import type { InteractionViewProps } from "../../runtime/interaction/view-contract.ts";
import type { Reflection } from "./index.ts";

/**
 * A text area for the learner's own thoughts. The text stays in the progress record on this device;
 * the tracking mapping never sends it to the LMS, and the view says so.
 */
export function ReflectionView(props: InteractionViewProps<Reflection>) {
  const messages = useMessages();
  return (
    <>
      <p class="cm-counter">{messages.reflectionPrivate}</p>
      <TextAnswer {...props} maxlength={props.interaction.maxlength} multiline />
    </>
  );
}
