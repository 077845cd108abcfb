import type { RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import type { VFile } from "vfile";
import { report } from "../../diagnostics/report.ts";
import type { FileContext } from "../../model/context.ts";
import { isHtmlComment } from "../../model/html-safety.ts";
import { lessonSuggestion } from "../../model/lesson-suggestion.ts";
import { resolveCoursePath } from "../../model/urls.ts";

/** A module's assessment bank: `NN-module/assessment.md` (see engine/model/layout.ts). */
export function isAssessmentBank(context: FileContext): boolean {
  return /^[^/]+\/assessment\.md$/.test(context.file.data.coursePath ?? "");
}

/**
 * Checks an interaction against where it stands: bank items must be scored and should name the
 * lesson to revisit; `revisit` anywhere else is a mistake. Returns the revisit lesson id, undefined
 * when there is none, or null when the item must not compile.
 */
export function checkBankItem(
  context: FileContext,
  node: ContainerDirective,
  revisit: string | undefined,
  scored: boolean,
): string | undefined | null {
  if (!isAssessmentBank(context)) {
    if (revisit === undefined) return undefined;
    report(
      context.file,
      "misplaced-revisit",
      `Unexpected \`revisit\` on \`:::${node.name}\` in a lesson, expected it only in a module's assessment.md`,
      node.position,
    );
    return null;
  }
  if (!scored) {
    report(
      context.file,
      "unscored-bank-item",
      `Unexpected unscored \`:::${node.name}\` in an assessment bank, expected a scored interaction`,
      node.position,
    );
    return null;
  }
  if (revisit === undefined) {
    report(
      context.file,
      "missing-revisit",
      `Missing \`revisit\` on \`:::${node.name}\`, expected the lesson a learner should review`,
      node.position,
    );
    return undefined;
  }
  const target = revisit.endsWith(".md")
    ? resolveCoursePath(context.file.data.coursePath ?? "", revisit)
    : undefined;
  const lessonId = target === undefined ? undefined : context.course.lessonIds.get(target);
  if (lessonId) return lessonId;
  report(
    context.file,
    "broken-lesson-link",
    `Broken \`revisit\` \`${revisit}\`, no lesson at that path${lessonSuggestion(context, revisit)}`,
    node.position,
  );
  return null;
}

/**
 * An assessment bank holds interactions only (and author comments): anything else would never be
 * shown, since the final assessment draws items, not pages.
 */
export function checkBankContent(
  file: VFile,
  nodes: readonly RootContent[],
  interactionNames: ReadonlySet<string>,
): void {
  for (const node of nodes) {
    if (node.type === "containerDirective" && interactionNames.has(node.name)) continue;
    if (node.type === "html" && isHtmlComment(node)) continue;
    const what = node.type === "containerDirective" ? `\`:::${node.name}\`` : node.type;
    report(
      file,
      "unexpected-bank-content",
      `Unexpected ${what} in an assessment bank, expected only scored interactions`,
      node.position,
    );
  }
}
