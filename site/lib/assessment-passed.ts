import type { SuccessStatus, Tracker } from "../../engine/tracking/tracker.ts";

/** The DOM event (on `document`) a page's assessment player sends once a pass is saved on the device. */
export const ASSESSMENT_PASSED_EVENT = "coursemark:assessment-passed";

/**
 * The tracker, telling the page once the learner passes the final assessment, after the pass is
 * committed (so the certificate page finds it saved). Every other call goes to the tracker as is.
 */
export function announcingPass<T extends Tracker>(tracker: T, page: EventTarget): T {
  let success: SuccessStatus = "unknown";
  let announced = false;
  const announcing: Partial<Tracker> = {
    setStatus(completion, next) {
      tracker.setStatus(completion, next);
      if (next === "passed") success = next;
    },
    async commit() {
      const saved = await tracker.commit();
      if (success === "passed" && !announced) {
        announced = true;
        page.dispatchEvent(new Event(ASSESSMENT_PASSED_EVENT));
      }
      return saved;
    },
  };
  return Object.assign(Object.create(tracker) as T, announcing);
}
