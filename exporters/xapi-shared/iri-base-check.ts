/**
 * The xAPI and cmi5 targets need an activity IRI base in course.md (`iriBase`); other targets do
 * not. Reported like any frontmatter problem, at the key (or the frontmatter when it is missing).
 */
import { report } from "../../engine/diagnostics/report.ts";
import { locateFrontmatterKey } from "../../engine/model/frontmatter.ts";
import { parseMarkdown } from "../../engine/parse/processor.ts";
import { iriBaseProblem } from "../../engine/tracking/xapi/activity-iris.ts";
import type { CompiledCourse } from "../target.ts";

const EXAMPLE = "iriBase: https://learn.example.org/courses";

/** Reports a missing or unusable `iriBase` on course.md; returns whether the course has a usable one. */
export function checkIriBase({ model, source }: CompiledCourse): boolean {
  const courseFile = source.files.find((file) => file.data.coursePath === "course.md");
  const problem = model.iriBase === undefined ? "missing" : iriBaseProblem(model.iriBase);
  if (!problem || !courseFile) return problem === undefined;
  const tree = parseMarkdown(courseFile);
  if (problem === "missing") {
    report(
      courseFile,
      "missing-frontmatter-field",
      `Missing key \`iriBase\`, expected the absolute IRI under which the xAPI and cmi5 packages name their activities (${EXAMPLE})`,
      locateFrontmatterKey(tree, []) ?? { line: 1, column: 1 },
    );
  } else {
    report(
      courseFile,
      "invalid-frontmatter",
      `Unexpected ${JSON.stringify(model.iriBase)} for \`iriBase\`: ${problem}; expected an absolute IRI such as https://learn.example.org/courses`,
      locateFrontmatterKey(tree, ["iriBase"]) ?? { line: 1, column: 1 },
    );
  }
  return false;
}
