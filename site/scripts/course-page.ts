import { courseScriptMessagesFor } from "../lib/course-script-messages.ts";
import { showCourseProgress } from "./course-progress.ts";
import { saveForOffline } from "./save-offline.ts";

// The page says its edition's language on <html lang>: its words as the learner goes are in that language too.
const messages = courseScriptMessagesFor(document.documentElement.lang);
const progressSection = document.querySelector<HTMLElement>("[data-course-progress]");
if (progressSection) showCourseProgress(progressSection, messages);

for (const button of document.querySelectorAll<HTMLButtonElement>("[data-save-offline]")) {
  const status = button.parentElement?.querySelector<HTMLElement>("[data-offline-status]");
  const title = button.dataset.moduleTitle ?? "";
  if (!("caches" in window) || !("serviceWorker" in navigator)) {
    button.hidden = true;
    continue;
  }
  button.addEventListener("click", async () => {
    const urls = JSON.parse(button.dataset.saveOffline ?? "[]") as string[];
    button.disabled = true;
    if (status) status.textContent = messages.savingOffline(title);
    try {
      await saveForOffline(urls);
      if (status) status.textContent = messages.savedOffline(title);
    } catch {
      if (status) status.textContent = messages.saveOfflineFailed;
    } finally {
      button.disabled = false;
    }
  });
}
