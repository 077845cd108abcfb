import { showCourseProgress } from "./course-progress.ts";
import { saveForOffline } from "./save-offline.ts";

const progressSection = document.querySelector<HTMLElement>("[data-course-progress]");
if (progressSection) showCourseProgress(progressSection);

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
    if (status) status.textContent = `Saving “${title}” for offline use…`;
    try {
      await saveForOffline(urls);
      if (status) status.textContent = `Saved: “${title}” now opens without internet.`;
    } catch {
      if (status) status.textContent = "Could not save. Check your connection and try again.";
    } finally {
      button.disabled = false;
    }
  });
}
