/** The files `coursemark init` writes: a small course that passes `check --strict`, and its project. */

export interface StarterOptions {
  /** Course id (lowercase letters, digits and `_`). */
  id: string;
  title: string;
  /** The coursemark version the project depends on. */
  version: string;
}

export function moduleFile(title: string): string {
  return `---
title: ${yamlString(title)}
objectives:
  - Write what a learner can do after this module
---
`;
}

export function lessonFile(title: string): string {
  return `---
title: ${yamlString(title)}
objective: Write what a learner can do after this lesson.
minutes: 3
---

## ${title}

Write the first screen here. Keep each screen short enough to read on a small phone.

---

## Check what you learned

:::single-choice
Replace this question with one about the lesson. Which answer is right?

- [x] This one
  > Yes. Tell the learner why it is right.
- [ ] Not this one
  > Not quite. Tell the learner what to read again.
:::
`;
}

function courseFile({ id, title }: StarterOptions): string {
  return `---
id: ${id}
title: ${yamlString(title)}
lang: en
version: 0.1.0
licence: CC-BY-4.0
# The web address under which xAPI and cmi5 packages name this course's activities: use your organisation's.
iriBase: https://example.org/courses
description: >-
  Say in one or two sentences who this course is for and what they will be able to do.
objectives:
  - Write what a learner can do after the course
authors:
  - name: Your name
    role: author
completion:
  rule: all-screens-and-interactions
---

Welcome to **${title}**. Each lesson takes a few minutes, and your progress is saved.
`;
}

const WELCOME_LESSON = `---
title: Welcome
objective: Know how a lesson works.
minutes: 2
---

## Welcome

![A green circle with a white tick](../media/welcome.svg)

Each lesson has a few **screens**. Read a screen, answer the question if there is one, then go on.

<!-- Author note: comments like this one are for authors; learners never see them.
Put the source and the date you checked it next to every fact. -->

---

## Try a question

:::single-choice
What do you do after you read a screen?

- [x] Go on to the next screen
  > Yes. Press Next to go on.
- [ ] Close the course
  > Not yet. Press Next to see the next screen.
:::
`;

const WELCOME_IMAGE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120">
  <circle cx="60" cy="60" r="56" fill="#26a269"/>
  <path d="M34 62l18 18 34-38" fill="none" stroke="#fff" stroke-width="12" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;

function authorGuide({ id, title }: StarterOptions): string {
  return `# ${title}

This folder is a Coursemark project. The course lives in \`course-src/${id}/\`.

## Commands

| command | what it does |
| --- | --- |
| \`npm run dev\` | live preview at http://127.0.0.1:4321/; saving a file reloads the page |
| \`npm run check\` | checks every lesson and prints each problem as \`file:line:column\` with a hint |
| \`npm run build\` | builds SCORM 1.2 and 2004 packages and the web edition into \`dist/\` |

## Where things go

- \`course-src/${id}/course.md\`: the course title, language, licence, objectives and settings.
- \`course-src/${id}/01-getting-started/module.md\`: a module's title and objectives.
- \`course-src/${id}/01-getting-started/01-welcome.md\`: one lesson a file; \`---\` starts a new screen.
- \`course-src/${id}/media/\`: pictures and sound, linked with a path relative to the lesson.

Add a module with \`npx coursemark new module "Taking orders"\` and a lesson with
\`npx coursemark new lesson course-src/${id}/01-getting-started "Your first price"\`.

## Writing tips

- One idea a lesson, two or three screens, and at least one question.
- Short sentences and everyday words; give every picture a description (its alt text).
- Put the source and the date you checked it next to every fact, in a comment: \`<!-- source: … -->\`.
`;
}

function packageJson({ id, version }: StarterOptions): string {
  const manifest = {
    name: id.replaceAll("_", "-"),
    private: true,
    type: "module",
    scripts: { dev: "coursemark dev", check: "coursemark check --strict", build: "coursemark build" },
    devDependencies: { coursemark: `^${version}` },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Project path → content, for `coursemark init`. */
export function starterFiles(options: StarterOptions): Map<string, string> {
  const course = `course-src/${options.id}`;
  return new Map([
    ["package.json", packageJson(options)],
    ["README.md", authorGuide(options)],
    [".gitignore", "node_modules/\ndist/\n"],
    [`${course}/course.md`, courseFile(options)],
    [`${course}/01-getting-started/module.md`, moduleFile("Getting started")],
    [`${course}/01-getting-started/01-welcome.md`, WELCOME_LESSON],
    [`${course}/media/welcome.svg`, WELCOME_IMAGE],
  ]);
}

/** A YAML scalar for any title: plain when safe, double-quoted otherwise. */
function yamlString(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ,.'()-]*$/u.test(value) ? value : JSON.stringify(value);
}
