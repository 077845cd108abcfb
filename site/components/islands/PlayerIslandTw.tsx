import { tw } from "../../../engine/runtime/messages/tw.ts";
import PlayerIsland, { type PlayerIslandProps } from "../PlayerIsland.tsx";

/** The player island in Twi: each language's island carries its own words, so a page loads one catalogue. */
export default function PlayerIslandTw(props: PlayerIslandProps) {
  return <PlayerIsland {...props} messages={tw} />;
}
