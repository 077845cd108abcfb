import { getCollection } from "astro:content";
import type { CourseModel, Lesson, Module } from "../../engine/model/schema.ts";

export async function getCourses(): Promise<CourseModel[]> {
  const entries = await getCollection("courses");
  return entries.map((entry) => entry.data as CourseModel).sort((a, b) => a.title.localeCompare(b.title));
}

export interface LessonPlace {
  module: Module;
  lesson: Lesson;
  index: number;
}

/** Every lesson of a course in reading order, with its module. */
export function lessonsInOrder(course: CourseModel): LessonPlace[] {
  return course.modules
    .flatMap((module) => module.lessons.map((lesson) => ({ module, lesson })))
    .map((place, index) => ({ ...place, index }));
}

/** The course's reading time as its pages state it: "about" a multiple of 5 minutes (every page the same figure). */
export function courseMinutes(course: CourseModel): number {
  const minutes = course.modules.reduce((sum, module) => sum + moduleMinutes(module), 0);
  return Math.max(5, Math.round(minutes / 5) * 5);
}

export function moduleMinutes(module: Module): number {
  return module.lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
}
