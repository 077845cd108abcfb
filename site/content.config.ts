import { defineCollection } from "astro:content";
import path from "node:path";
import { courseModelSchema } from "../engine/model/schema.ts";
import { coursemarkLoader } from "./loader/coursemark-loader.ts";

/** The CLI passes the course folders it was given; the dev server uses every course. */
const courseDirs = process.env.COURSEMARK_COURSE_DIRS?.split(path.delimiter).filter(Boolean);

export const collections = {
  courses: defineCollection({
    loader: coursemarkLoader({ courseSrc: process.env.COURSEMARK_COURSE_SRC ?? "course-src", courseDirs }),
    schema: courseModelSchema,
  }),
};
