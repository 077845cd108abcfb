/**
 * The rule catalogue: every diagnostic the compiler can report, stated once.
 * Messages follow remark's phrasing ("Unexpected X, expected Y"); hints say how to fix it.
 */
export type Severity = "error" | "warning";

export interface Rule {
  readonly title: string;
  readonly severity: Severity;
  readonly hint: string;
}

export const rules = {
  "invalid-frontmatter": {
    title: "Invalid frontmatter value",
    severity: "error",
    hint: "Fix the value of this key; docs/authoring.md lists every key with its type.",
  },
  "missing-frontmatter-field": {
    title: "Missing frontmatter field",
    severity: "error",
    hint: "Add the key to the YAML block between the two `---` lines at the top of the file.",
  },
  "unknown-frontmatter-field": {
    title: "Unknown frontmatter field",
    severity: "error",
    hint: "Check the spelling; docs/authoring.md lists the keys this file accepts.",
  },
  "malformed-frontmatter": {
    title: "Malformed YAML frontmatter",
    severity: "error",
    hint: "Write the frontmatter as `key: value` lines between two `---` lines at the very top of the file.",
  },
  "missing-course-file": {
    title: "Missing course.md",
    severity: "error",
    hint: "A course folder needs a course.md with the course frontmatter (id, title, lang, version, licence, description, objectives).",
  },
  "unknown-directive": {
    title: "Unknown directive",
    severity: "error",
    hint: "Use one of the directives listed in docs/authoring.md, or escape the colon (`\\:`) if you meant plain text.",
  },
  "unknown-attribute": {
    title: "Unknown directive attribute",
    severity: "error",
    hint: "Remove the attribute or check its spelling; docs/authoring.md lists the attributes of each directive.",
  },
  "invalid-attribute": {
    title: "Invalid directive attribute value",
    severity: "error",
    hint: "Give the attribute a value of the documented form.",
  },
  "invalid-interaction": {
    title: "Malformed interaction",
    severity: "error",
    hint: "Follow the layout of the interaction in docs/authoring.md: the question text first, then its options, list or table, e.g. a task list (`- [x] right`, `- [ ] wrong`) for choices.",
  },
  "missing-correct-answer": {
    title: "Interaction without a correct answer",
    severity: "error",
    hint: "Mark the right option with `[x]`, for example `- [x] GH₵ 12.50`.",
  },
  "malformed-option": {
    title: "Option mark that Markdown did not read",
    severity: "error",
    hint: "Write each option as a list item: a dash, a space, `[x]` (right) or `[ ]` (wrong), a space and the text, e.g. `- [x] GH₵ 12.50`; use the same bullet (`-`) for every option.",
  },
  "invalid-block": {
    title: "Malformed accordion, tabs or flip cards",
    severity: "error",
    hint: "Start each panel, tab or card with a `### Title` heading and put its content under it.",
  },
  "missing-prompt": {
    title: "Interaction without a question",
    severity: "error",
    hint: "Write the question text first, before the options, table or list of the interaction.",
  },
  "misplaced-directive": {
    title: "Directive in the wrong place",
    severity: "error",
    hint: "`::hint` and `::feedback` fit every interaction; `::model` only `:::fill-in` and `:::reflection`; `::region` only `:::hotspot`; `::ending` only `:::scenario`; interactions do not go inside accordions, tabs or flip cards.",
  },
  "too-many-items": {
    title: "Too many options or items",
    severity: "error",
    hint: "SCORM 1.2 names each answer with one character: at most 26 options, steps, cards or regions, and at most 9 matching rows or categorise buckets. Split the question in two.",
  },
  "misplaced-revisit": {
    title: "`revisit` outside an assessment bank",
    severity: "error",
    hint: "`revisit` names the lesson to review after a wrong answer in the final assessment; use it only in a module's assessment.md.",
  },
  "missing-revisit": {
    title: "Assessment item without `revisit`",
    severity: "warning",
    hint: 'Add `revisit="../NN-module/NN-lesson.md"` so a learner who gets it wrong knows which lesson to review.',
  },
  "unscored-bank-item": {
    title: "Unscored interaction in an assessment bank",
    severity: "error",
    hint: "An assessment.md holds scored interactions only; move checklists, reflections and polls into a lesson.",
  },
  "unexpected-bank-content": {
    title: "Content other than interactions in an assessment bank",
    severity: "error",
    hint: "An assessment.md holds only scored interactions (and `<!-- comments -->`); the final assessment draws items, so prose there is never shown. Move it into a lesson.",
  },
  "invalid-pattern": {
    title: "Invalid or unsafe answer pattern",
    severity: "error",
    hint: "Write a JavaScript regular expression between slashes, e.g. `/^(texting|writing to)$/`, without nested repeats such as `(a+)+` and at most 200 characters long.",
  },
  "invalid-region": {
    title: "Hotspot region outside the image",
    severity: "error",
    hint: "Give `x`, `y`, `w` and `h` in percent of the image (0–100), with `x + w` and `y + h` at most 100, e.g. `::region[Price tag]{x=10 y=60 w=30 h=15 correct}`.",
  },
  "broken-scene-link": {
    title: "Scenario choice leads nowhere",
    severity: "error",
    hint: "Link a choice to a scene of the same scenario by its heading, e.g. `[Say sorry](#listen)` for `### Listen`.",
  },
  "unreachable-scene": {
    title: "Scenario scene nobody can reach",
    severity: "error",
    hint: "Link to the scene from a choice in an earlier scene, or remove it.",
  },
  "dead-end-scene": {
    title: "Scenario scene without choices or ending",
    severity: "error",
    hint: "End each scene with a list of choices (`- [Listen](#listen)`) or with `::ending{outcome=best}` (best, okay or poor), not both.",
  },
  "missing-ending-text": {
    title: "Scenario ending without text",
    severity: "warning",
    hint: 'Say in brackets what the ending means for the learner, e.g. `::ending[She orders again next week.]{outcome=best}`; without it the player shows only "Best outcome:".',
  },
  "too-many-correct-answers": {
    title: "Single choice with several correct answers",
    severity: "error",
    hint: "Mark exactly one option with `[x]`, or use `:::multiple-response` when several are right.",
  },
  "invalid-id": {
    title: "Invalid id",
    severity: "error",
    hint: "Ids use lowercase letters, digits, `_` and `.` only, and start with a letter, e.g. `price_check`.",
  },
  "duplicate-id": {
    title: "Duplicate id",
    severity: "error",
    hint: "Give one of the two an `id` of its own; ids must be unique across the course.",
  },
  "reserved-id": {
    title: "Module named like the final assessment",
    severity: "error",
    hint: "Rename the module folder, e.g. `05-assessment` → `05-final-check` (id `final_check`): a course with assessment banks has a final assessment, whose package takes the id `assessment`.",
  },
  "missing-media": {
    title: "Missing media file",
    severity: "error",
    hint: "Put the file in the course's media/ folder and refer to it relative to this Markdown file, e.g. `../media/photo.svg` from a lesson.",
  },
  "unusable-file": {
    title: "File the course cannot use",
    severity: "error",
    hint: "Coursemark reads regular files, media up to 20 MiB: copy the file itself in place of a symbolic link, and move it out of a hidden folder (name starting with `.`) or node_modules/; compress a larger file.",
  },
  "invalid-file-name": {
    title: "Media file name an LMS cannot serve",
    severity: "error",
    hint: "Rename the file with letters a–z, digits, `-`, `_` and `.` only (no spaces or accents), e.g. `media/jar-front.svg`, and change the reference to match.",
  },
  "invalid-media-content": {
    title: "Media file that is not what its name says",
    severity: "error",
    hint: "Export the file again as the format its extension names (images: PNG, JPEG, GIF or WebP; videos: MP4 or WebM; captions: WebVTT, a text file whose first line is `WEBVTT`), or give it the extension of its real format.",
  },
  "missing-alt-text": {
    title: "Image without alt text",
    severity: "error",
    hint: "Describe the image in the brackets, `![A tailor photographs a dress](media/dress.svg)`, or mark a purely decorative image with `![decorative](…)`.",
  },
  "missing-transcript": {
    title: "Audio or video without a transcript",
    severity: "error",
    hint: "Write the transcript inside the `:::audio` or `:::video` block; learners who cannot play sound, or cannot afford to download the file, read it.",
  },
  "unknown-variable": {
    title: "Unknown variable",
    severity: "error",
    hint: "Define the variable under `variables:` in course.md, or check its spelling.",
  },
  "unknown-glossary-term": {
    title: "Unknown glossary term",
    severity: "error",
    hint: "Define the term as a `## Term` heading in the course's glossary.md, or check its spelling.",
  },
  "duplicate-glossary-term": {
    title: "Glossary term defined twice",
    severity: "error",
    hint: "Define each term once in glossary.md.",
  },
  "empty-glossary-definition": {
    title: "Glossary term without a definition",
    severity: "error",
    hint: "Write the definition under the `## Term` heading, before the next heading.",
  },
  "broken-lesson-link": {
    title: "Broken link to a lesson",
    severity: "error",
    hint: "Link to another lesson with its relative path, e.g. `[Pricing](../06-offers/01-price-it-right.md)`.",
  },
  "empty-lesson": {
    title: "Empty lesson",
    severity: "error",
    hint: "Write at least one screen of content under the frontmatter.",
  },
  "empty-screen": {
    title: "Empty screen",
    severity: "warning",
    hint: "Remove the extra `---` separator or write content between the two separators.",
  },
  "underlined-heading": {
    title: "Text turned into a heading by the line under it",
    severity: "warning",
    hint: "A `---` or `===` line directly under text underlines it into a heading. Leave a blank line before `---` for a separator (a new screen at the top of a lesson); for a heading, write `## ` before the text instead.",
  },
  "module-without-lessons": {
    title: "Module without lessons",
    severity: "error",
    hint: "Add a lesson file such as `01-first-lesson.md` to the module folder, or remove the folder.",
  },
  "course-without-modules": {
    title: "Course without modules",
    severity: "error",
    hint: "Add a module folder such as `01-getting-started/` with at least one lesson file.",
  },
  "misnamed-file": {
    title: "File name without an order prefix",
    severity: "error",
    hint: "Name module folders and lesson files `NN-name` (e.g. `01-why-go-online`); the prefix sets the order.",
  },
  "file-too-large": {
    title: "File over the size limit",
    severity: "error",
    hint: "Split the lesson into smaller lessons; a micro-lesson fits in well under the limit.",
  },
  "nesting-too-deep": {
    title: "Nesting over the depth limit",
    severity: "error",
    hint: "Flatten nested lists, quotes or directives; learners cannot follow deeply nested content either.",
  },
  "too-many-files": {
    title: "Course over the file count limit",
    severity: "error",
    hint: "Split the course into several courses.",
  },
  "unsafe-html": {
    title: "Unsafe HTML",
    severity: "error",
    hint: "Remove scripts, event handlers (`onclick=…`), `javascript:` links and embedded frames; use Markdown and directives instead.",
  },
  "active-media": {
    title: "Active file used as media",
    severity: "error",
    hint: "Course media are images, audio, video, subtitles and PDFs. A web page, script or XML file would run with the LMS's rights when opened; export it as PDF or an image, or link to it on its own website instead.",
  },
  "unsafe-svg": {
    title: "SVG with script or outside references",
    severity: "error",
    hint: "Save the drawing as a plain SVG (in Inkscape: Save as › Optimized SVG, or export PNG): no `<script>`, no `on…` event attributes, no `<foreignObject>`, and no links, images or fonts from outside the file.",
  },
  "unclosed-directive": {
    title: "Unclosed directive",
    severity: "error",
    hint: "Close every `:::name` block with a line of the same number of colons, `:::`; to put one block inside another, open and close the outer one with more colons (`::::accordion` … `::::`).",
  },
  "malformed-directive": {
    title: "Directive that does not parse",
    severity: "error",
    hint: 'Write attributes as `{id=price_check attempts=2}`; quote a value with spaces or symbols, `unit="GH₵"`; inside a quoted value write a quote as `&quot;` (a backslash does not escape it); keep a `::` or `:::` directive on one line with nothing after its `}`.',
  },
  "reading-level": {
    title: "Lesson above the reading grade",
    severity: "warning",
    hint: "Write shorter sentences (about 15 words) and prefer short, common words; explain a hard term once in glossary.md and link it with `:term[…]`.",
  },
  "invalid-encoding": {
    title: "File is not valid UTF-8 text",
    severity: "error",
    hint: "Save the file as UTF-8 text.",
  },
  "invalid-translation-file": {
    title: "Translation file that cannot be read",
    severity: "error",
    hint: "A translation is the XLIFF 2 file `coursemark translate export <course> --lang <lang>` writes, saved as UTF-8 in `translations/<lang>.xlf` with `trgLang` equal to `<lang>`; export it again if a tool damaged it.",
  },
  "missing-translation": {
    title: "Text of the course missing from its translation",
    severity: "warning",
    hint: "The course gained this text after the translation was exported; the edition shows the source text. Run `coursemark translate export` again and translate the new unit.",
  },
  "untranslated-unit": {
    title: "Unit without a translation",
    severity: "warning",
    hint: "Write the translation in the unit's `<target>`; until then the edition shows the source text.",
  },
  "stale-translation": {
    title: "Translation of an older source text",
    severity: "warning",
    hint: "The source text changed after this unit was translated; the edition still uses the old translation. Run `coursemark translate export` again: the changed unit comes back untranslated, with the old translation in a note.",
  },
  "unknown-translation-unit": {
    title: "Unit that is not in the course",
    severity: "warning",
    hint: "The text was removed from the course, or the unit id was changed; delete the unit, or export the translation again.",
  },
  "broken-placeholder": {
    title: "Placeholder that does not match the source",
    severity: "error",
    hint: "Keep each `<ph/>` and `<pc>…</pc>` of the `<source>` in the `<target>` with its id, once each; a `<pc>` wraps the translated words it marks (a link, emphasis, a glossary term).",
  },
  "missing-placeholder": {
    title: "Placeholder left out of a translation",
    severity: "error",
    hint: "Put the placeholder back into the `<target>` where it belongs in the sentence: it stands for a link, emphasis, a picture or a variable such as the shop's name.",
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof rules;
