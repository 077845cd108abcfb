import fc from "fast-check";
import type { SourceEntry } from "../../engine/source/course-source.ts";
import { breakingMutation, brokenYaml, type Mutation, noiseMutation } from "./mutations.ts";
import { courseEntries, seedFiles } from "./seed-course.ts";

/** One generated course: its entries, what was done to it, and what must be reported. */
export interface CourseCase {
  entries: SourceEntry[];
  steps: string[];
  /** Rule ids by course path: each file listed must carry at least one of its ids. */
  expected: Map<string, readonly string[]>;
}

const encoder = new TextEncoder();
const markdownPaths = Object.keys(seedFiles);
const frontmatterPaths = markdownPaths.filter((path) => seedFiles[path]?.startsWith("---\n"));

const noiseStep = fc.tuple(fc.constantFrom(...markdownPaths), noiseMutation);
const breakingStep = fc.oneof(
  fc.tuple(fc.constantFrom(...markdownPaths), breakingMutation),
  fc.tuple(fc.constantFrom(...frontmatterPaths), brokenYaml),
);

function build(noise: Array<[string, Mutation]>, breaking: [string, Mutation] | undefined): CourseCase {
  const files: Record<string, Uint8Array> = Object.fromEntries(
    markdownPaths.map((path) => [path, encoder.encode(seedFiles[path] ?? "")]),
  );
  const steps: string[] = [];
  const expected = new Map<string, readonly string[]>();
  for (const [path, mutation] of noise) {
    // Noise stays off the broken file, so nothing can undo or mask the breaking change.
    if (path === breaking?.[0]) continue;
    files[path] = mutation.apply(files[path] ?? new Uint8Array());
    steps.push(`${path}: ${mutation.label}`);
  }
  if (breaking) {
    const [path, mutation] = breaking;
    files[path] = mutation.apply(files[path] ?? new Uint8Array());
    steps.push(`${path}: ${mutation.label}`);
    const contentIgnored = mutation.needsContent === true && path.endsWith("/module.md");
    if (mutation.expects && !contentIgnored) expected.set(path, mutation.expects);
  }
  const courseCase = { entries: courseEntries(files), steps, expected };
  // fast-check prints a failing case with this instead of dumping every byte of every file.
  return Object.assign(courseCase, { [fc.toStringMethod]: () => describeCase(courseCase) });
}

/** A seed course with up to three noise mutations and, most of the time, one breaking mutation. */
export const courseCaseArbitrary: fc.Arbitrary<CourseCase> = fc
  .tuple(fc.array(noiseStep, { maxLength: 3 }), fc.option(breakingStep, { freq: 4, nil: undefined }))
  .map(([noise, breaking]) => build(noise, breaking));

export function describeCase(courseCase: CourseCase): string {
  return courseCase.steps.length === 0 ? "unmutated seed" : courseCase.steps.join("; ");
}
