/** Every URL of the web edition, stated once. Trailing slashes everywhere (directory format). */
export const urls = {
  home: () => "/",
  course: (courseId: string) => `/${courseId}/`,
  lesson: (courseId: string, moduleId: string, lessonId: string) =>
    `/${courseId}/${moduleId}/${lessonLocalId(lessonId)}/`,
  /** A lesson's page from its model id alone, so a page need not list every lesson's URL. */
  lessonById: (courseId: string, lessonId: string) =>
    urls.lesson(courseId, lessonId.slice(0, lessonId.indexOf(".")), lessonId),
  glossary: (courseId: string) => `/${courseId}/glossary/`,
  assessment: (courseId: string) => `/${courseId}/assessment/`,
  credits: (courseId: string) => `/${courseId}/credits/`,
  packages: (courseId: string) => `/${courseId}/packages/`,
  certificate: (courseId: string) => `/${courseId}/certificate/`,
  media: (courseId: string, mediaPath: string) => `/${courseId}/${mediaPath}`,
  download: (artefactPath: string) => `/downloads/${artefactPath}`,
};

/** Lesson ids in the model are `<module>.<lesson>`; the URL uses the lesson part. */
export function lessonLocalId(lessonId: string): string {
  return lessonId.slice(lessonId.indexOf(".") + 1);
}
