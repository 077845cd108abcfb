import { ar } from "../../../engine/runtime/messages/ar.ts";
import PlayerIsland, { type PlayerIslandProps } from "../PlayerIsland.tsx";

/** The player island in Arabic: each language's island carries its own words, so a page loads one catalogue. */
export default function PlayerIslandAr(props: PlayerIslandProps) {
  return <PlayerIsland {...props} messages={ar} />;
}
