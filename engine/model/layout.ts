import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import { parseOrderedName } from "./ids.ts";

export interface LessonFile {
  file: VFile;
  id: string;
  order: number;
}

export interface ModuleFolder {
  folder: string;
  id: string;
  order: number;
  moduleFile: VFile | undefined;
  bankFile: VFile | undefined;
  lessons: LessonFile[];
}

export interface CourseLayout {
  courseFile: VFile | undefined;
  glossaryFile: VFile | undefined;
  modules: ModuleFolder[];
}

/** Files at the course root that are not part of the course. */
const IGNORED_ROOT_FILES = new Set(["README.md", "CREDITS.md", "NOTES.md"]);

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) =>
  a.order - b.order || a.id.localeCompare(b.id);

/**
 * Where each Markdown file belongs, from its path alone: `course.md`, `glossary.md`,
 * `NN-module/module.md`, `NN-module/assessment.md`, `NN-module/NN-lesson.md`.
 */
export function classifyFiles(files: readonly VFile[]): CourseLayout {
  const layout: CourseLayout = { courseFile: undefined, glossaryFile: undefined, modules: [] };
  const modules = new Map<string, ModuleFolder>();
  for (const file of files) {
    const coursePath = file.data.coursePath ?? "";
    const parts = coursePath.split("/");
    if (parts.length === 1) {
      if (coursePath === "course.md") layout.courseFile = file;
      else if (coursePath === "glossary.md") layout.glossaryFile = file;
      else if (!IGNORED_ROOT_FILES.has(coursePath)) {
        report(
          file,
          "misnamed-file",
          `Unexpected file \`${coursePath}\` at the course root, expected course.md or glossary.md`,
          { line: 1, column: 1 },
        );
      }
      continue;
    }
    const [folder = "", name = ""] = parts;
    if (folder === "media") continue;
    const moduleName = parseOrderedName(folder);
    if (!moduleName || parts.length > 2) {
      report(
        file,
        "misnamed-file",
        `Unexpected file \`${coursePath}\`, expected it in a module folder named like \`01-getting-started/\``,
        { line: 1, column: 1 },
      );
      continue;
    }
    const module = modules.get(folder) ?? {
      folder,
      ...moduleName,
      moduleFile: undefined,
      bankFile: undefined,
      lessons: [],
    };
    modules.set(folder, module);
    if (name === "module.md") module.moduleFile = file;
    else if (name === "assessment.md") module.bankFile = file;
    else {
      const lessonName = parseOrderedName(name);
      if (lessonName) module.lessons.push({ file, ...lessonName });
      else
        report(
          file,
          "misnamed-file",
          `Unexpected lesson file name \`${name}\`, expected a name like \`01-first-steps.md\``,
          { line: 1, column: 1 },
        );
    }
  }
  layout.modules = [...modules.values()].sort(byOrder);
  for (const module of layout.modules) module.lessons.sort(byOrder);
  return layout;
}

/** Reports the later of two names that give the same id (`01-prices` and `02-prices`), at its file. */
function reportDuplicates<T extends { id: string; name: string; file: VFile | undefined }>(
  items: readonly T[],
  what: string,
): void {
  const seen = new Map<string, T>();
  for (const item of items) {
    const first = seen.get(item.id);
    if (first && item.file) {
      report(
        item.file,
        "duplicate-id",
        `Duplicate ${what} id \`${item.id}\` from \`${item.name}\`, already used by \`${first.name}\``,
        { line: 1, column: 1 },
      );
    } else seen.set(item.id, item);
  }
}

/** Module ids must be unique in the course, lesson ids in their module. */
export function reportDuplicateNames(layout: CourseLayout): void {
  reportDuplicates(
    layout.modules.map((module) => ({
      id: module.id,
      name: `${module.folder}/`,
      file: module.moduleFile ?? module.lessons[0]?.file ?? module.bankFile,
    })),
    "module",
  );
  for (const module of layout.modules) {
    reportDuplicates(
      module.lessons.map(({ file, id }) => ({
        id: `${module.id}.${id}`,
        name: file.data.coursePath ?? "",
        file,
      })),
      "lesson",
    );
  }
}

/** The name the final assessment's package and page take (`<course>--assessment.zip`). */
export const FINAL_ASSESSMENT_ID = "assessment";

/**
 * While the course has a final assessment, no module may take its id: the build would need two
 * packages of one name. Reported on the module's first file, where `duplicate-id` goes too.
 */
export function reportReservedModuleIds(layout: CourseLayout, hasFinalAssessment: boolean): void {
  if (!hasFinalAssessment) return;
  for (const module of layout.modules) {
    const file = module.moduleFile ?? module.lessons[0]?.file ?? module.bankFile;
    if (module.id !== FINAL_ASSESSMENT_ID || !file) continue;
    report(
      file,
      "reserved-id",
      `Unexpected module id \`${module.id}\` from \`${module.folder}/\`, expected another name: the final assessment's package is named \`<course>--${FINAL_ASSESSMENT_ID}.zip\``,
      { line: 1, column: 1 },
    );
  }
}
