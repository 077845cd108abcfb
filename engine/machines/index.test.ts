import { expect, it } from "vitest";
import * as machines from "./index.ts";

it("pins the public runtime API the views and trackers build on", () => {
  expect(Object.keys(machines).sort()).toEqual([
    "ASSESSMENT_ADDRESS",
    "assessmentMachine",
    "completionOf",
    "courseMachine",
    "createPlayer",
    "decodeRecord",
    "encodeRecord",
    "interactionMachine",
    "planScope",
    "progressMeasure",
    "resolveItems",
    "scopeOutcome",
    "selectAssessmentRef",
    "selectAssessmentView",
    "selectBlockingIds",
    "selectCanGoNext",
    "selectCanGoPrev",
    "selectCompletion",
    "selectInteractionRef",
    "selectInteractionView",
    "selectOutline",
    "selectPosition",
    "selectProgressMeasure",
    "selectStep",
    "shuffledOrder",
  ]);
});
