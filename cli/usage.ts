export const USAGE = `Usage: coursemark <command> [course-dir…] [options]

Commands
  check [course-dir…]   Validate courses and print diagnostics.
  build [course-dir…]   Validate, then build every target into --out.
  dev [course-dir…]     Live author preview on http://127.0.0.1:4321/ (reloads on save).

With no course dir, every course under ./course-src/ is used.

Options
  --format human|json   Diagnostics format (default human, on stderr; json goes to stdout).
  --strict              Treat warnings as errors.
  --out <dir>           Output folder for build (default dist).
  --target <list>       Comma-separated targets or "all" (default all). Targets: TARGETS.
  --split module|course SCORM packages: one per module plus the final assessment (default), or one per course.
  --port <number>       Port of the dev preview (default 4321).
  -h, --help            Show this help.
  -v, --version         Show the version.

Exit codes: 0 no errors, 1 errors in a course, 2 usage error or a path that is not a course.
`;

/** A problem with the command line itself (exit code 2). */
export class UsageError extends Error {}
