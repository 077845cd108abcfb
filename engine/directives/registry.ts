import { audioSlice } from "../blocks/audio.ts";
import { calloutSlices } from "../blocks/callout.ts";
import { panelSlices } from "../blocks/panels.ts";
import { videoSlice } from "../blocks/video.ts";
import { interactionSlices } from "../interactions/registry.ts";
import type { DirectiveSlice } from "./directive-slice.ts";

/** Every container directive an author can write, by name. */
export const directiveSlices: ReadonlyMap<string, DirectiveSlice> = new Map(
  [...calloutSlices, audioSlice, videoSlice, ...panelSlices, ...interactionSlices].map((slice) => [
    slice.name,
    slice as unknown as DirectiveSlice,
  ]),
);
