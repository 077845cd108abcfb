import { localCourseProgress } from "../../engine/tracking/local-progress.ts";
import type { CourseScriptMessages } from "../lib/course-script-messages.ts";

/** The course page's progress from this device: done marks, the course's and each module's bar, resume, and reset. */
export function showCourseProgress(section: HTMLElement, messages: CourseScriptMessages): void {
  const courseId = section.dataset.courseProgress ?? "";
  const lessonIds = JSON.parse(section.dataset.lessons ?? "[]") as string[];
  const lessonUrls = JSON.parse(section.dataset.urls ?? "[]") as string[];
  const progress = localCourseProgress(courseId);
  const text = section.querySelector<HTMLElement>("[data-progress-text]");
  const bar = section.querySelector<HTMLProgressElement>("[data-progress-bar]");
  const resume = section.querySelector<HTMLAnchorElement>("[data-resume]");
  const reset = section.querySelector<HTMLButtonElement>("[data-reset]");

  const render = () => {
    const done = lessonIds.map((id) => progress.completionOf(id) === "completed");
    const count = done.filter(Boolean).length;
    for (const [index, id] of lessonIds.entries()) {
      const mark = document.querySelector<HTMLElement>(
        `[data-lesson-item="${CSS.escape(id)}"] [data-done-mark]`,
      );
      if (mark) mark.hidden = !done[index];
    }
    if (bar) bar.value = count;
    const doneIds = new Set(lessonIds.filter((_, index) => done[index]));
    for (const moduleBar of document.querySelectorAll<HTMLProgressElement>("progress[data-module-lessons]")) {
      const ids = JSON.parse(moduleBar.dataset.moduleLessons ?? "[]") as string[];
      moduleBar.value = ids.filter((id) => doneIds.has(id)).length;
    }
    if (text) text.textContent = messages.lessonsDone(count, lessonIds.length);
    const last = progress.lastLesson();
    const next = lessonIds.findIndex((id, index) => id === last && !done[index]);
    const firstOpen = done.indexOf(false);
    const target = next >= 0 ? next : firstOpen;
    if (resume) {
      resume.textContent =
        count === 0 && !last
          ? messages.startCourse
          : target < 0
            ? messages.reviewCourse
            : messages.continueCourse;
      resume.href = lessonUrls[Math.max(0, target)] ?? resume.href;
    }
    if (reset) reset.hidden = count === 0 && !last;
  };
  reset?.addEventListener("click", () => {
    if (!confirm(messages.confirmReset)) return;
    progress.reset();
    render();
    resume?.focus();
  });
  render();
}
