export const USAGE = `Usage: coursemark <command> [course-dir…] [options]

Commands
  check [course-dir…]   Validate courses and print diagnostics.
  build [course-dir…]   Validate, then build every target into --out.
  dev [course-dir…]     Live author preview on http://127.0.0.1:4321/ (reloads on save).
  validate <zip>…       Check SCORM 1.2/2004, TinCan or cmi5 packages (any tool's) against the XSDs and Moodle's rules.
  init [dir]            Start a project with a course that passes check --strict (never replaces files).
  new module "<title>"  Add the next numbered module to the course (--course <dir> when there are several).
  new lesson <module-dir> "<title>"
                        Add the next numbered lesson to a module.
  translate export <course-dir> --lang <tag>
                        Write the course's XLIFF 2 file for translators into <course-dir>/translations/<tag>.xlf
                        (or --out <file>); build makes a language edition from each such file.

With no course dir, every course under ./course-src/ is used.

Options
  --format human|json   Diagnostics format (default human, on stderr; json goes to stdout).
  --strict              Treat warnings as errors.
  --out <dir>           Output folder for build (default dist); for translate export, the XLIFF file.
  --lang <tag>          translate export: the target language (BCP 47: fr, ar, tw, pt-BR).
  --target <list>       Comma-separated targets or "all" (default all). Targets: TARGETS.
  --split module|course Packages (SCORM, xAPI, cmi5): one per module plus the assessment (default), or one per course.
  --port <number>       Port of the dev preview (default 4321).
  --course <dir>        The course that new module adds to (default: the only one under ./course-src/).
  -h, --help            Show this help.
  -v, --version         Show the version.

Exit codes: 0 no errors, 1 errors in a course, 2 usage error or a path that is not a course.
`;

/** A problem with the command line itself (exit code 2). */
export class UsageError extends Error {}
