import type { PanelsBlock } from "../../model/schema.ts";

/** One `###` section of an accordion, tab set or flip-card deck: its heading and what follows it. */
export type Panel = PanelsBlock["panels"][number];
