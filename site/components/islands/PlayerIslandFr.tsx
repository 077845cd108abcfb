import { fr } from "../../../engine/runtime/messages/fr.ts";
import PlayerIsland, { type PlayerIslandProps } from "../PlayerIsland.tsx";

/** The player island in French: each language's island carries its own words, so a page loads one catalogue. */
export default function PlayerIslandFr(props: PlayerIslandProps) {
  return <PlayerIsland {...props} messages={fr} />;
}
