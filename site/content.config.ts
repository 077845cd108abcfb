import { defineCollection } from "astro:content";
import { courseModelSchema } from "../engine/model/schema.ts";
import { coursemarkLoader } from "./loader/coursemark-loader.ts";

export const collections = {
  courses: defineCollection({ loader: coursemarkLoader(), schema: courseModelSchema }),
};
