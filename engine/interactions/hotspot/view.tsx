import { RichText } from "../../runtime/hast/render-hast.tsx";
import { useMediaUrl } from "../../runtime/hooks/player-context.tsx";
import { OptionMark } from "../../runtime/interaction/verdict.tsx";
import type { InteractionViewProps } from "../../runtime/interaction/view-contract.ts";
import { idsOf } from "../behaviour.ts";
import type { Hotspot } from "./index.ts";

/**
 * The image with each region as a labelled toggle button over it (at least 44 px): tapping the
 * image area, tabbing to the button, or reading its label are the same action. Response: chosen ids.
 */
export function HotspotView(props: InteractionViewProps<Hotspot>) {
  const { interaction, locked } = props;
  const mediaUrl = useMediaUrl();
  const chosen = props.response ? idsOf(props.response) : [];
  const answer = props.revealed ? idsOf(props.revealed) : undefined;
  const toggle = (id: string) => {
    const next = chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id];
    props.setResponse({
      kind: "ids",
      ids: interaction.regions.map((region) => region.id).filter((other) => next.includes(other)),
    });
  };
  return (
    <fieldset aria-labelledby={props.promptId}>
      <div class="cm-hotspot">
        <img
          src={mediaUrl(interaction.image.src)}
          alt={interaction.image.alt}
          loading="lazy"
          decoding="async"
        />
        {interaction.regions.map((region) => (
          <button
            type="button"
            key={region.id}
            class="cm-hotspot-region"
            style={{
              left: `${region.x}%`,
              top: `${region.y}%`,
              width: `${region.w}%`,
              height: `${region.h}%`,
            }}
            aria-pressed={chosen.includes(region.id)}
            disabled={locked}
            onClick={() => toggle(region.id)}
          >
            <span class="cm-hotspot-label">
              <RichText content={region.label} inline />
            </span>
          </button>
        ))}
      </div>
      {answer && (
        <ul class="cm-rows">
          {interaction.regions.map((region) => (
            <li class="cm-row" key={region.id}>
              <RichText content={region.label} inline />
              <OptionMark chosen={chosen.includes(region.id)} correct={answer.includes(region.id)} />
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
