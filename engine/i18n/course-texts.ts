import type { HastContent } from "../model/hast.ts";
import type { Block, CourseModel, Cover, InteractionBlock, Lesson, Module } from "../model/schema.ts";

/**
 * What a translation sees of a course: each translatable text with a stable unit id. `plain` gets a
 * string (title, objective, alt text, glossary term); `inline` a run of inline rich text (a
 * paragraph, a list item, an option). Both return the text to put in its place.
 */
export interface TextVisitor {
  plain(id: string, value: string): string;
  inline(id: string, nodes: HastContent[]): HastContent[];
}

/**
 * Block-level elements: their children are segmented separately, so a unit is a paragraph, a
 * heading, a list item or a table cell, never a whole prose block with its structure.
 */
const BLOCK_TAGS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "td",
  "th",
  "blockquote",
  "details",
  "summary",
  "section",
  "div",
  "pre",
  "figure",
  "figcaption",
  "dl",
  "dt",
  "dd",
  "hr",
]);

/** Plain strings inside interactions that learners read (fill-in accepted text answers included). */
const PLAIN_INTERACTION_KEYS = new Set(["alt", "unit", "text"]);

function isBlockElement(node: HastContent): boolean {
  return node.type === "element" && BLOCK_TAGS.has(node.tagName);
}

function hasText(nodes: readonly HastContent[]): boolean {
  return nodes.some((node) => (node.type === "text" ? node.value.trim() !== "" : hasText(node.children)));
}

/** Inline images keep their place as placeholders; their alt texts are units of their own. */
function mapInlineAlts(
  nodes: readonly HastContent[],
  id: string,
  visitor: TextVisitor,
  counter = { n: 0 },
): HastContent[] {
  return nodes.map((node) => {
    if (node.type === "text") return node;
    const alt = node.tagName === "img" ? node.properties.alt : undefined;
    if (typeof alt === "string" && alt.trim() !== "") {
      counter.n += 1;
      return {
        ...node,
        properties: { ...node.properties, alt: visitor.plain(`${id}:alt${counter.n}`, alt) },
      };
    }
    return { ...node, children: mapInlineAlts(node.children, id, visitor, counter) };
  });
}

/** Rich text → its segments: runs of inline content under `id`, block children under `id-<index>`. */
export function mapRichText(nodes: readonly HastContent[], id: string, visitor: TextVisitor): HastContent[] {
  if (!nodes.some(isBlockElement)) {
    const withAlts = mapInlineAlts(nodes, id, visitor);
    return hasText(withAlts) ? visitor.inline(id, withAlts) : withAlts;
  }
  const result: HastContent[] = [];
  let index = 0;
  while (index < nodes.length) {
    const node = nodes[index] as HastContent;
    if (node.type === "element" && isBlockElement(node)) {
      result.push({ ...node, children: mapRichText(node.children, `${id}-${index}`, visitor) });
      index += 1;
      continue;
    }
    let end = index;
    while (end < nodes.length && !isBlockElement(nodes[end] as HastContent)) end += 1;
    result.push(...mapRichText(nodes.slice(index, end), `${id}-${index}`, visitor));
    index = end;
  }
  return result;
}

function isRichText(value: unknown): value is HastContent[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item === "object" &&
        item !== null &&
        (item.type === "text" || (item.type === "element" && "tagName" in item)),
    )
  );
}

/** An interaction's fields, walked generically so every type's texts are found without a list per type. */
function mapFields(value: unknown, id: string, key: string, visitor: TextVisitor): unknown {
  if (isRichText(value)) return mapRichText(value, id, visitor);
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) => {
      const itemId =
        typeof item === "object" && item !== null && "id" in item ? String(item.id) : String(index + 1);
      return mapFields(item, `${id}.${itemId}`, key, visitor);
    });
  }
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([field, inner]) => [
        field,
        mapFields(inner, id === "" ? field : `${id}.${field}`, field, visitor),
      ]),
    );
  }
  if (typeof value === "string" && PLAIN_INTERACTION_KEYS.has(key) && value.trim() !== "")
    return visitor.plain(id, value);
  return value;
}

function mapInteraction(block: InteractionBlock, visitor: TextVisitor): InteractionBlock {
  const prefix = `interaction:${block.id}:`;
  const fields = Object.entries(block).map(([field, value]) => [
    field,
    mapFields(value, `${prefix}${field}`, field, visitor),
  ]);
  return Object.fromEntries(fields) as InteractionBlock;
}

function mapBlock(block: Block, id: string, visitor: TextVisitor): Block {
  switch (block.kind) {
    case "prose":
      return { ...block, content: mapRichText(block.content, id, visitor) };
    case "image":
      return {
        ...block,
        alt: block.alt.trim() === "" ? block.alt : visitor.plain(`${id}:alt`, block.alt),
        caption: mapRichText(block.caption, `${id}:caption`, visitor),
      };
    case "audio":
      return { ...block, transcript: mapRichText(block.transcript, `${id}:transcript`, visitor) };
    case "video":
      return {
        ...block,
        ...(block.title === undefined ? {} : { title: visitor.plain(`${id}:title`, block.title) }),
        transcript: mapRichText(block.transcript, `${id}:transcript`, visitor),
      };
    case "callout":
      return { ...block, content: mapBlocks(block.content, id, visitor) };
    case "panels":
      return {
        ...block,
        panels: block.panels.map((panel) => ({
          ...panel,
          heading: mapRichText(panel.heading, `${id}.${panel.id}:heading`, visitor),
          content: mapBlocks(panel.content, `${id}.${panel.id}`, visitor),
        })),
      };
    case "interaction":
      return mapInteraction(block, visitor);
  }
}

function mapBlocks(blocks: readonly Block[], prefix: string, visitor: TextVisitor): Block[] {
  return blocks.map((block, index) => mapBlock(block, `${prefix}.b${index + 1}`, visitor));
}

function mapLesson(lesson: Lesson, visitor: TextVisitor): Lesson {
  const prefix = `lesson:${lesson.id}:`;
  return {
    ...lesson,
    title: visitor.plain(`${prefix}title`, lesson.title),
    objective:
      lesson.objective.trim() === ""
        ? lesson.objective
        : visitor.plain(`${prefix}objective`, lesson.objective),
    screens: lesson.screens.map((screen, index) => ({
      blocks: mapBlocks(screen.blocks, `${prefix}s${index + 1}`, visitor),
    })),
  };
}

/** A cover's alt text under `<prefix>cover:alt` (a decorative cover's empty one is left as it is). */
function mapCover(cover: Cover | undefined, prefix: string, visitor: TextVisitor): { cover?: Cover } {
  if (!cover) return {};
  if (cover.alt.trim() === "") return { cover };
  return { cover: { ...cover, alt: visitor.plain(`${prefix}cover:alt`, cover.alt) } };
}

function mapModule(module: Module, visitor: TextVisitor): Module {
  const prefix = `module:${module.id}:`;
  return {
    ...module,
    title: visitor.plain(`${prefix}title`, module.title),
    objectives: module.objectives.map((objective, index) =>
      visitor.plain(`${prefix}objective.${index + 1}`, objective),
    ),
    ...mapCover(module.cover, prefix, visitor),
    lessons: module.lessons.map((lesson) => mapLesson(lesson, visitor)),
    bank: module.bank.map((item) => mapInteraction(item, visitor)),
  };
}

/**
 * Every translatable text of a course, in reading order, each replaced by what the visitor returns.
 * Unit ids come from the model's ids and positions (`lesson:<id>:s2.b3-0`), never from the wording,
 * so rewording a text keeps its unit; ids, structure and scoring stay the source's.
 */
export function mapCourseTexts(model: CourseModel, visitor: TextVisitor): CourseModel {
  return {
    ...model,
    title: visitor.plain("course:title", model.title),
    description: visitor.plain("course:description", model.description),
    objectives: model.objectives.map((objective, index) =>
      visitor.plain(`course:objective.${index + 1}`, objective),
    ),
    ...mapCover(model.cover, "course:", visitor),
    intro: mapBlocks(model.intro, "course:intro", visitor),
    glossary: model.glossary.map((term) => ({
      ...term,
      term: visitor.plain(`glossary:${term.id}:term`, term.term),
      definition: mapRichText(term.definition, `glossary:${term.id}:definition`, visitor),
    })),
    modules: model.modules.map((module) => mapModule(module, visitor)),
  };
}
