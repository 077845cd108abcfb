import { localCourseProgress } from "../../engine/tracking/local-progress.ts";
import { ASSESSMENT_PASSED_EVENT } from "../lib/assessment-passed.ts";

// The certificate is offered once the final assessment is passed on this device: at once when the
// learner comes back after passing, or as soon as the player saves the pass.
const offer = document.querySelector<HTMLElement>("[data-certificate-offer]");
if (offer) {
  const show = () => {
    offer.hidden = false;
  };
  if (localCourseProgress(offer.dataset.certificateOffer ?? "").assessmentResult().passed) show();
  else document.addEventListener(ASSESSMENT_PASSED_EVENT, show, { once: true });
}
