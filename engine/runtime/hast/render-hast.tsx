import { type ComponentChildren, h, type JSX } from "preact";
import { plainText } from "../../interactions/plain-text.ts";
import type {
  HastContent,
  HastElement,
  HastProperty,
  RichText as RichTextContent,
} from "../../model/hast.ts";
import { sizeToAdd } from "../../model/image-size.ts";
import {
  useCanOpenLesson,
  useImageSize,
  useImageSourceSet,
  useMediaUrl,
  useMessages,
} from "../hooks/player-context.tsx";
import { GlossaryTerm } from "./glossary-term.tsx";
import { LessonLink } from "./lesson-link.tsx";

export interface RichTextOptions {
  /** Inside inline content (a glossary popover, a button label): paragraphs become spans. */
  inline?: boolean;
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/** hast property name → DOM attribute name (`className` → `class`, `dataTerm` → `data-term`). */
function attributeName(key: string): string {
  if (key === "className") return "class";
  if (key === "htmlFor") return "for";
  if (/^(data|aria)[A-Z]/.test(key)) return key.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`);
  return key;
}

function toAttributes(properties: Record<string, HastProperty>): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === false) continue;
    attributes[attributeName(key)] = Array.isArray(value) ? value.join(" ") : value;
  }
  return attributes;
}

function RichNode(props: { node: HastContent; options: RichTextOptions }): JSX.Element | string {
  const { node, options } = props;
  const mediaUrl = useMediaUrl();
  const sourceSet = useImageSourceSet();
  const imageSize = useImageSize();
  const canOpenLesson = useCanOpenLesson();
  const messages = useMessages();
  if (node.type === "text") return node.value;
  const children = <RichChildren nodes={node.children} options={options} />;
  const attributes = toAttributes(node.properties);
  const { tagName } = node;
  if (typeof attributes["data-term"] === "string") {
    return <GlossaryTerm termId={attributes["data-term"]} label={plainText(node.children)} />;
  }
  switch (tagName) {
    case "img": {
      const src = String(attributes.src ?? "");
      return elementOf(node, {
        ...attributes,
        ...sourceSet(src),
        src: resolve(src, mediaUrl),
        alt: attributes.alt ?? "",
        ...sizeToAdd(attributes, () => imageSize(src)),
        loading: "lazy",
        decoding: "async",
      });
    }
    case "a": {
      const lessonId = attributes["data-lesson"];
      // A lesson outside this package (another module's) is named, not linked.
      if (typeof lessonId === "string" && !canOpenLesson(lessonId)) return <span>{children}</span>;
      if (typeof lessonId === "string")
        return (
          <LessonLink lessonId={lessonId} attributes={attributes}>
            {children}
          </LessonLink>
        );
      const href = String(attributes.href ?? "");
      if (!EXTERNAL.test(href)) return h("a", { ...attributes, href: resolve(href, mediaUrl) }, children);
      return h(
        "a",
        { ...attributes, target: "_blank", rel: "noopener noreferrer" },
        children,
        <span class="cm-visually-hidden"> {messages.opensInNewWindow}</span>,
      );
    }
    case "table":
      // Wide tables scroll inside their own box, so the page never scrolls sideways; keyboard users
      // scroll it once focused (WCAG 2.1.1, axe scrollable-region-focusable).
      return (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable.
        <div class="cm-scroll-x" tabIndex={0}>
          {elementOf(node, attributes, children)}
        </div>
      );
    case "p":
    case "div":
      return options.inline
        ? h("span", { ...attributes, class: "cm-inline-block" }, children)
        : elementOf(node, attributes, children);
    // Headings come from the compiler already below the page's h1 (engine/model/rich-text.ts).
    default:
      return elementOf(node, attributes, children);
  }
}

function resolve(url: string, mediaUrl: (path: string) => string): string {
  return url === "" || url.startsWith("#") || EXTERNAL.test(url) ? url : mediaUrl(url);
}

function elementOf(node: HastElement, attributes: Record<string, unknown>, children?: ComponentChildren) {
  return h(node.tagName, attributes, children);
}

function RichChildren(props: { nodes: readonly HastContent[]; options: RichTextOptions }) {
  return (
    <>
      {props.nodes.map((node, index) => (
        <RichNode key={index} node={node} options={props.options} />
      ))}
    </>
  );
}

/** Model rich text (position-free hast JSON) → Preact vnodes. Never sets innerHTML. */
export function RichText(props: { content: RichTextContent } & RichTextOptions) {
  return <RichChildren nodes={props.content} options={{ inline: props.inline }} />;
}
