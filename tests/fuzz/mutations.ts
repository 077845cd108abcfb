import fc from "fast-check";
import type { RuleId } from "../../engine/diagnostics/catalogue.ts";
import { MAX_FILE_BYTES, MAX_LINE_NESTING } from "../../engine/source/limits.ts";
import { markdownArbitrary } from "./markdown-grammar.ts";

export type Files = Record<string, Uint8Array>;

/** A change to one file; `expects` lists rule ids of which at least one must be reported for it. */
export interface Mutation {
  label: string;
  apply(bytes: Uint8Array): Uint8Array;
  expects: readonly RuleId[] | undefined;
  /** The expected error comes from the file's content, which the compiler reads in every file but module.md. */
  needsContent?: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const text = (bytes: Uint8Array) => decoder.decode(bytes);

function splice(bytes: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  const offset = Math.min(at, bytes.byteLength);
  const out = new Uint8Array(
    bytes.byteLength - Math.min(remove, bytes.byteLength - offset) + insert.byteLength,
  );
  out.set(bytes.subarray(0, offset), 0);
  out.set(insert, offset);
  out.set(bytes.subarray(offset + remove), offset + insert.byteLength);
  return out;
}

function frontmatterEnd(source: string): number {
  return source.startsWith("---\n") ? source.indexOf("\n---", 4) : -1;
}

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const truncate = fraction.map<Mutation>((at) => ({
  label: `truncate at ${at.toFixed(3)}`,
  apply: (bytes) => bytes.subarray(0, Math.floor(bytes.byteLength * at)),
  expects: undefined,
}));

const randomBytes = fc
  .tuple(fraction, fc.nat(8), fc.uint8Array({ minLength: 1, maxLength: 16 }))
  .map<Mutation>(([at, remove, insert]) => ({
    label: `replace ${remove} bytes at ${at.toFixed(3)} with [${insert.join(",")}]`,
    apply: (bytes) => splice(bytes, Math.floor(bytes.byteLength * at), remove, insert),
    expects: undefined,
  }));

/** Byte sequences no UTF-8 decoder accepts: a lone continuation, an overlong form, a truncated sequence. */
const invalidUtf8 = fc
  .tuple(fraction, fc.constantFrom([0x80], [0xc0, 0xaf], [0xe2, 0x82], [0xff], [0xed, 0xa0, 0x80]))
  .map<Mutation>(([at, sequence]) => ({
    label: `invalid UTF-8 [${sequence.join(",")}] at ${at.toFixed(3)}`,
    apply: (bytes) => splice(bytes, Math.floor(bytes.byteLength * at), 0, new Uint8Array(sequence)),
    expects: ["invalid-encoding"],
  }));

const nul = fraction.map<Mutation>((at) => ({
  label: `NUL at ${at.toFixed(3)}`,
  apply: (bytes) => splice(bytes, Math.floor(bytes.byteLength * at), 0, new Uint8Array([0])),
  expects: undefined,
}));

/** Breaks the YAML of a file that has frontmatter (the text right after the opening `---`). */
function yamlBreak(label: string, snippet: string): Mutation {
  return {
    label,
    apply: (bytes) => encoder.encode(text(bytes).replace(/^---\n/, `---\n${snippet}\n`)),
    expects: ["malformed-frontmatter"],
  };
}

const lol = Array.from({ length: 9 }, (_, level) =>
  level === 0
    ? 'l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
    : `l${level}: &l${level} [${`*l${level - 1},`.repeat(9).slice(0, -1)}]`,
).join("\n");

export const brokenYaml = fc.oneof(
  fc.constant(yamlBreak("unbalanced quote", 'title: "never closed')),
  fc.constant(yamlBreak("tab indentation", "objectives:\n\t- tabbed")),
  fc.constant(yamlBreak("duplicate key", "dup: 1\ndup: 2")),
  fc.constant(yamlBreak("billion laughs alias bomb", lol)),
  fc.constant(yamlBreak("undefined alias", "ref: *nowhere")),
  fc.constant(yamlBreak("unclosed flow", "list: [a, b")),
);

const unclosedDirective = fc
  .tuple(fc.constantFrom("tip", "single-choice", "audio", "nope"), markdownArbitrary)
  .map<Mutation>(([name, inner]) => ({
    label: `unclosed :::${name}`,
    apply: (bytes) =>
      encoder.encode(`${text(bytes).trimEnd()}\n\n:::${name}\n${inner.replaceAll(":::", "")}\n`),
    expects: ["unclosed-directive", "nesting-too-deep", "invalid-encoding"],
  }));

const nestingKinds = {
  quotes: (depth: number) => `${"> ".repeat(depth)}deep`,
  quoteLines: (depth: number) =>
    Array.from({ length: depth }, (_, level) => `${">".repeat(level + 1)} x`).join("\n"),
  lists: (depth: number) =>
    Array.from({ length: depth }, (_, level) => `${"  ".repeat(level)}- x`).join("\n"),
  directives: (depth: number) => ":::tip\n".repeat(depth),
  fences: (depth: number) =>
    Array.from({ length: depth }, (_, level) => `${":".repeat(depth + 3 - level)}tip`).join("\n"),
  html: (depth: number) => "<div>".repeat(depth),
  inlineHtml: (depth: number) => `a ${"<span>x ".repeat(depth)}`,
  emphasis: (depth: number) => `${"*a ".repeat(depth)}`,
  links: (depth: number) => `${"[".repeat(depth)}x${"](y)".repeat(depth)}`,
};

/** Nesting far past the limits: thousands of levels of quotes, lists, directives or HTML. */
const deepNesting = fc
  .tuple(
    fc.constantFrom(...(Object.keys(nestingKinds) as Array<keyof typeof nestingKinds>)),
    fc.integer({ min: MAX_LINE_NESTING + 1, max: 5_000 }),
  )
  .map<Mutation>(([kind, depth]) => ({
    label: `${kind} nested ${depth} deep`,
    apply: (bytes) => encoder.encode(`${text(bytes).trimEnd()}\n\n${nestingKinds[kind](depth)}\n`),
    // Emphasis and links nest without limit in Markdown's inline grammar; only a crash or hang would be wrong.
    expects: kind === "emphasis" || kind === "links" ? undefined : ["nesting-too-deep", "file-too-large"],
    needsContent: kind === "html" || kind === "inlineHtml",
  }));

const hugeFile = fc.integer({ min: 1, max: MAX_FILE_BYTES }).map<Mutation>((extra) => ({
  label: `grown by ${MAX_FILE_BYTES + extra} bytes`,
  apply: (bytes) => {
    const grown = new Uint8Array(bytes.byteLength + MAX_FILE_BYTES + extra).fill(0x61);
    grown.set(bytes);
    return grown;
  },
  expects: ["file-too-large"],
}));

/** Constructs the parser handles in more than linear time, repeated to fill a file up to the size limit. */
const costlyConstructs = [
  "**a*",
  "[a](",
  "[a] ",
  "![a](",
  "a\n=\n",
  "a\n-\n",
  ":a[",
  "::a[\n",
  "[^a] ",
  "| x |\n",
  "> ",
  "<div>",
  "`a ``b ",
  "www.a.",
  ":::tip\n",
  "- ",
];

const nearLimit = fc
  .tuple(fc.constantFrom(...costlyConstructs), fc.integer({ min: 1_000, max: MAX_FILE_BYTES - 1_000 }))
  .map<Mutation>(([construct, bytes]) => ({
    label: `${JSON.stringify(construct)} repeated to ${bytes} bytes`,
    apply: (source) => {
      const head = text(source).trimEnd();
      const room = Math.max(0, bytes - encoder.encode(head).byteLength - 2);
      return encoder.encode(`${head}\n\n${construct.repeat(Math.floor(room / construct.length))}\n`);
    },
    expects: undefined,
  }));

/** Keeps a file's frontmatter and replaces its body with random Markdown. */
const randomBody = markdownArbitrary.map<Mutation>((body) => ({
  label: `random body ${JSON.stringify(body.slice(0, 200))}`,
  apply: (bytes) => {
    const source = text(bytes);
    const end = frontmatterEnd(source);
    return encoder.encode(`${end < 0 ? "" : source.slice(0, end + 4)}\n\n${body}\n`);
  },
  expects: undefined,
}));

/** Mutations that may or may not break the file. */
export const noiseMutation = fc.oneof(
  { arbitrary: truncate, weight: 4 },
  { arbitrary: randomBytes, weight: 4 },
  { arbitrary: nul, weight: 2 },
  { arbitrary: randomBody, weight: 6 },
  { arbitrary: nearLimit, weight: 1 },
);

/** Mutations that must give at least one of their expected errors. */
export const breakingMutation = fc.oneof(invalidUtf8, unclosedDirective, deepNesting, hugeFile);
