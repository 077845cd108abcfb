import fc from "fast-check";
import { courseCaseArbitrary, describeCase } from "./course-case.ts";
import { createGuardedCompiler } from "./guarded-compile.ts";
import { contractViolations } from "./invariants.ts";

export interface FuzzOptions {
  runs: number;
  seed: number;
}

/**
 * The compiler's contract under hostile input: for every mutated course, compileCourse returns
 * within the hang cap, never throws, and reports located, catalogued diagnostics (see invariants.ts).
 * Throws fast-check's report (with the seed and the shrunk case) when a case breaks it.
 */
export async function assertCompilerRobust({ runs, seed }: FuzzOptions): Promise<void> {
  const compiler = createGuardedCompiler();
  try {
    await fc.assert(
      fc.asyncProperty(courseCaseArbitrary, async (courseCase) => {
        const problems = contractViolations(courseCase, await compiler.compile(courseCase.entries));
        if (problems.length > 0) {
          throw new Error(`${describeCase(courseCase)}\n  ${problems.slice(0, 10).join("\n  ")}`);
        }
      }),
      { numRuns: runs, seed },
    );
  } finally {
    await compiler.close();
  }
}
