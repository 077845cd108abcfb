import type { Data, Processor } from "unified";

/** micromark's types, reached through remark-parse's (micromark is not a direct dependency). */
type MicromarkExtension = NonNullable<Data["micromarkExtensions"]>[number];
type Construct = Exclude<NonNullable<NonNullable<MicromarkExtension["text"]>[string]>, unknown[]>;
type Effects = Parameters<Construct["tokenize"]>[0];
type State = Parameters<Construct["tokenize"]>[1];
type Code = Parameters<State>[0];

const COLON = 58;
const LEFT_BRACKET = 91;
const LEFT_BRACE = 123;
const DASH = 45;
const UNDERSCORE = 95;
/** What ends a directive name, as in micromark-extension-directive: whitespace and punctuation. */
const NAME_END = /[\s\p{P}\p{S}]/u;
/** Coursemark's one text directive: alone (`long:term`) it is still read as one, and reported. */
const TEXT_DIRECTIVE = "term";

/** micromark codes below 0 are line endings and tabs; `null` is the end of the text. */
function isNameCharacter(code: Code): code is number {
  return code !== null && code >= 0 && !NAME_END.test(String.fromCodePoint(code));
}

/**
 * `:name` with neither `[label]` nor `{attributes}` after it, read as plain text: remark-directive
 * would make `8:30`, `note:this` or `Tel:0244` a text directive `:30`, `:this`, `:0244`, which a
 * heading's slug, an image's alt text or a label would then lose.
 */
function tokenizeProseColon(effects: Effects, ok: State, nok: State): State {
  let name = "";
  const afterName = (code: Code): State | undefined => {
    if (isNameCharacter(code) || code === DASH || code === UNDERSCORE) {
      name += String.fromCodePoint(code);
      effects.consume(code);
      return afterName;
    }
    if (code === LEFT_BRACKET || code === LEFT_BRACE || name === TEXT_DIRECTIVE) return nok(code);
    effects.exit("data");
    return ok(code);
  };
  const nameStart = (code: Code): State | undefined => {
    if (!isNameCharacter(code)) return nok(code);
    return afterName(code);
  };
  return (code) => {
    effects.enter("data");
    effects.consume(code);
    return nameStart;
  };
}

/**
 * As remark-directive's: no directive starts right after a colon (`::name` in prose), unless that
 * colon was escaped. Without it, micromark would try remark-directive's construct there too.
 */
const afterNoColon: Construct["previous"] = function (code) {
  return code !== COLON || this.events.at(-1)?.[1].type === "characterEscape";
};

const proseColons: MicromarkExtension = {
  text: { [COLON]: { name: "proseColon", tokenize: tokenizeProseColon, previous: afterNoColon } },
};

/** Use after remark-directive: its construct for `:` is tried after this one. */
export function remarkProseColons(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), proseColons];
}
