import { createScorm2004Tracker } from "../../tracking/scorm2004.ts";
import { startScorm } from "./start.ts";

/** A SCORM 2004 package. */
startScorm(createScorm2004Tracker);
