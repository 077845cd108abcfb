import { createScorm12Tracker } from "../../tracking/scorm12.ts";
import { startScorm } from "./start.ts";

/** A SCORM 1.2 package. */
startScorm(createScorm12Tracker);
