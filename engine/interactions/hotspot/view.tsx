import { RichText } from "../../runtime/hast/render-hast.tsx";
import { useImageSize, useMediaUrl, useMessages } from "../../runtime/hooks/player-context.tsx";
import { PartMarks } from "../../runtime/interaction/verdict.tsx";
import type { InteractionViewProps } from "../../runtime/interaction/view-contract.ts";
import { formatNumber } from "../../runtime/messages/format.ts";
import { idsOf } from "../behaviour.ts";
import type { Hotspot } from "./index.ts";

/**
 * The image with each region as a numbered toggle button on it (at least 44 px), in a frame that is
 * exactly the image's box, so regions stay on their spot at any width. The picture shows neutral
 * numbers, in reading order, never the labels (they would name the answer); each button's name is
 * its number and label, read by screen readers in place of the picture. Once checked, a list under
 * the image gives each number its label and marks. Response: the chosen ids, in region order.
 */
export function HotspotView(props: InteractionViewProps<Hotspot>) {
  const { interaction, locked } = props;
  const mediaUrl = useMediaUrl();
  const imageSize = useImageSize();
  const { lang } = useMessages();
  const chosen = props.response ? idsOf(props.response) : [];
  const answerKey = props.answerKey ? idsOf(props.answerKey) : undefined;
  const regions = [...interaction.regions]
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((region, index) => ({ ...region, number: formatNumber(lang, index + 1) }));
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
          {...imageSize(interaction.image.src)}
          loading="lazy"
          decoding="async"
        />
        {regions.map((region) => (
          <button
            type="button"
            key={region.id}
            class="cm-hotspot-region"
            // Image coordinates: the picture is not mirrored right to left, so neither are its regions.
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
            <span class="cm-number">{region.number}</span>{" "}
            <span class="cm-visually-hidden">
              <RichText content={region.label} inline />
            </span>
          </button>
        ))}
      </div>
      {answerKey && (
        <ul class="cm-rows">
          {regions.map((region) => (
            <li class="cm-row" key={region.id}>
              <span class="cm-row-label">
                <span class="cm-number">{region.number}</span> <RichText content={region.label} inline />
              </span>
              <PartMarks
                chosen={chosen.includes(region.id)}
                correct={answerKey.includes(region.id)}
                revealed={props.revealed !== undefined}
              />
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
