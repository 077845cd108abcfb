import { createHash } from "node:crypto";
import type { Root } from "mdast";
import { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import { checkBankContent } from "../interactions/parts/bank.ts";
import { interactionNames } from "../interactions/registry.ts";
import type { CourseSource } from "../source/course-source.ts";
import { createBlockContext, toBlocks } from "./blocks.ts";
import { type CourseContext, createCourseContext, createFileContext } from "./context.ts";
import { compileCover } from "./cover.ts";
import { locateFrontmatterKey, readFrontmatter } from "./frontmatter.ts";
import {
  type CourseFrontmatter,
  courseFrontmatterSchema,
  moduleFrontmatterSchema,
} from "./frontmatter-schemas.ts";
import { compileGlossary } from "./glossary.ts";
import { classifyFiles, type ModuleFolder, reportDuplicateNames, reportReservedModuleIds } from "./layout.ts";
import { bodyOf, compileLesson } from "./lesson.ts";
import { resolveMedia } from "./media.ts";
import { parseFile } from "./parse-file.ts";
import { recordSizes } from "./record-size.ts";
import {
  type CourseModel,
  type InteractionBlock,
  type Lesson,
  MODEL_SCHEMA_VERSION,
  type Module,
} from "./schema.ts";

export interface CompileResult {
  /** Present only when the course compiled without errors. */
  model: CourseModel | undefined;
  /** Every file of the course, each carrying its diagnostics. */
  files: VFile[];
}

function humanTitle(folderId: string): string {
  const words = folderId.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function compileBank(course: CourseContext, file: VFile, tree: Root, moduleId: string): InteractionBlock[] {
  const context = createBlockContext(createFileContext(course, file, `${moduleId}.bank`, tree));
  readFrontmatter(file, tree, moduleFrontmatterSchema.pick({}), { required: false });
  const body = bodyOf(tree);
  checkBankContent(file, body, interactionNames);
  const blocks = toBlocks(context, body);
  return blocks.filter((block): block is InteractionBlock => block.kind === "interaction");
}

/** A compiled module before the course-wide facts: its record size, and its grade when it set none. */
type ModuleDraft = Omit<Module, "recordSize" | "grade"> & { grade: Module["grade"] | undefined };

/** Files are parsed when compiled, so only one lesson's tree is alive at a time. */
function compileModule(course: CourseContext, folder: ModuleFolder): ModuleDraft | undefined {
  const moduleTree = folder.moduleFile && parseFile(folder.moduleFile);
  const frontmatter =
    folder.moduleFile && moduleTree
      ? readFrontmatter(folder.moduleFile, moduleTree, moduleFrontmatterSchema, { required: false })
      : moduleFrontmatterSchema.parse({});
  if (frontmatter?.scored && frontmatter.grade !== undefined && folder.moduleFile && moduleTree) {
    report(
      folder.moduleFile,
      "invalid-frontmatter",
      "Unexpected `grade` on a scored module, expected it only with `scored: false` (a scored module reports its score)",
      locateFrontmatterKey(moduleTree, ["grade"]),
    );
  }
  const cover =
    folder.moduleFile && moduleTree
      ? compileCover(course, folder.moduleFile, moduleTree, frontmatter?.cover)
      : undefined;
  if (folder.lessons.length === 0) {
    const file = folder.moduleFile ?? folder.bankFile;
    if (file)
      report(file, "module-without-lessons", `Unexpected module \`${folder.folder}\` without lessons`, {
        line: 1,
        column: 1,
      });
    return undefined;
  }
  const lessons: Array<Lesson | undefined> = folder.lessons.map(({ file, id }) => {
    const tree = parseFile(file);
    return tree ? compileLesson(course, file, tree, `${folder.id}.${id}`) : undefined;
  });
  const bankTree = folder.bankFile && parseFile(folder.bankFile);
  const bank = folder.bankFile && bankTree ? compileBank(course, folder.bankFile, bankTree, folder.id) : [];
  if (!frontmatter || lessons.some((lesson) => lesson === undefined)) return undefined;
  return {
    id: folder.id,
    title: frontmatter.title ?? humanTitle(folder.id),
    objectives: frontmatter.objectives,
    scored: frontmatter.scored,
    grade: frontmatter.grade,
    ...(cover ? { cover } : {}),
    lessons: lessons as Lesson[],
    bank,
  };
}

/** The variables even a broken course.md declares, so lessons are not flooded with unknown-variable errors. */
function fallbackVariables(courseFile: VFile, tree: Root | undefined): CourseFrontmatter["variables"] {
  if (!tree) return {};
  const scratch = new VFile({ path: courseFile.path, value: courseFile.value });
  const loose = courseFrontmatterSchema.partial().loose();
  return readFrontmatter(scratch, tree, loose, { required: false })?.variables ?? {};
}

/** A course in memory → its model, or located diagnostics on its files. Never throws on input. */
export function compileCourse(source: CourseSource): CompileResult {
  // Over the file count limit the source holds only course.md with that one error.
  if (source.tooManyFiles) return { model: undefined, files: [...source.files] };
  const files = [...source.files];
  const layout = classifyFiles(files);
  let courseFile = layout.courseFile;
  if (!courseFile) {
    courseFile = new VFile({ path: `${source.displayDir}/course.md`, value: "" });
    files.unshift(courseFile);
    report(courseFile, "missing-course-file", "Missing course.md in the course folder", {
      line: 1,
      column: 1,
    });
  }
  const courseTree = layout.courseFile && parseFile(layout.courseFile);
  const frontmatter = courseTree
    ? readFrontmatter(courseFile, courseTree, courseFrontmatterSchema, { required: true })
    : undefined;

  const lessonIds = new Map(
    layout.modules.flatMap((module) =>
      module.lessons.map(
        (lesson) => [lesson.file.data.coursePath ?? "", `${module.id}.${lesson.id}`] as const,
      ),
    ),
  );
  const course = createCourseContext({
    displayDir: source.displayDir,
    lang: frontmatter?.lang,
    variables: frontmatter?.variables ?? fallbackVariables(courseFile, courseTree),
    media: source.media,
    excluded: source.excluded,
    lessonIds,
  });
  const glossaryTree = layout.glossaryFile && parseFile(layout.glossaryFile);
  const glossary =
    layout.glossaryFile && glossaryTree ? compileGlossary(course, layout.glossaryFile, glossaryTree) : [];
  course.glossary = new Set(glossary.map((term) => term.id));
  const logo = frontmatter?.theme.logo;
  if (logo && courseTree) {
    // The logo is course media like any image: it must exist, and it is packaged.
    const place = locateFrontmatterKey(courseTree, ["theme", "logo"]);
    resolveMedia(createFileContext(course, courseFile, "theme"), logo, { position: place });
  }

  const cover = courseTree && compileCover(course, courseFile, courseTree, frontmatter?.cover);

  reportDuplicateNames(layout);
  const modules = layout.modules.map((folder) => compileModule(course, folder));
  reportReservedModuleIds(
    layout,
    modules.some((module) => (module?.bank.length ?? 0) > 0),
  );
  if (layout.modules.length === 0) {
    report(courseFile, "course-without-modules", "Unexpected course without modules", { line: 1, column: 1 });
  }
  const intro = courseTree
    ? toBlocks(
        createBlockContext(createFileContext(course, courseFile, "intro", courseTree)),
        bodyOf(courseTree),
      )
    : [];

  const failed = files.some((file) => file.messages.some((message) => message.fatal));
  if (failed || !frontmatter || modules.some((module) => module === undefined))
    return { model: undefined, files };

  const media = [...course.usedMedia].sort().map((path) => {
    const bytes = source.media.get(path)?.bytes ?? new Uint8Array();
    return { path, bytes: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") };
  });
  // Variables are already substituted into the text; the model does not carry them.
  // The course's grade is each unscored module's unless it sets its own.
  const { variables: _substituted, grade, cover: _written, ...metadata } = frontmatter;
  // Built to the schema's type, not parsed by it: validating every rich-text node took a quarter of
  // the compile time. Tests check compiled courses against courseModelSchema instead.
  const compiled = (modules as ModuleDraft[]).map(
    (module): Omit<Module, "recordSize"> => ({ ...module, grade: module.grade ?? grade }),
  );
  const sizes = recordSizes({ modules: compiled, assessment: frontmatter.assessment });
  const model: CourseModel = {
    schemaVersion: MODEL_SCHEMA_VERSION,
    ...metadata,
    ...(cover ? { cover } : {}),
    intro,
    glossary,
    modules: compiled.map((module) => ({ ...module, recordSize: sizes.modules.get(module.id) ?? 0 })),
    assessmentRecordSize: sizes.assessment,
    media,
  };
  return { model, files };
}
