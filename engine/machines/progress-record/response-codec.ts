import type { InteractionResponse } from "../../interactions/behaviour.ts";
import { escapeText, SEPARATORS, unescapeText } from "./text.ts";

/** `i` ids `a:b` (ids are never empty), `t` escaped text, `p` pairs `a=x:b=y`; empty for no response. */
export function encodeResponse(response: InteractionResponse | undefined): string {
  if (!response) return "";
  switch (response.kind) {
    case "ids":
      return `i${response.ids.map(escapeText).join(SEPARATORS.item)}`;
    case "text":
      return `t${escapeText(response.text)}`;
    case "pairs":
      return `p${response.pairs
        .map(([left, right]) => `${escapeText(left)}${SEPARATORS.pair}${escapeText(right)}`)
        .join(SEPARATORS.item)}`;
  }
}

function decodeList(body: string): string[] | undefined {
  if (body === "") return [];
  const items = body.split(SEPARATORS.item).map(unescapeText);
  return items.every((item): item is string => item !== undefined) ? items : undefined;
}

function decodePair(text: string): [string, string] | undefined {
  const [left, right, extra] = text.split(SEPARATORS.pair);
  if (left === undefined || right === undefined || extra !== undefined) return undefined;
  const a = unescapeText(left);
  const b = unescapeText(right);
  return a === undefined || b === undefined ? undefined : [a, b];
}

/** undefined = malformed; `null` = no response stored. */
export function decodeResponse(text: string): InteractionResponse | null | undefined {
  if (text === "") return null;
  const body = text.slice(1);
  switch (text.charAt(0)) {
    case "i": {
      const ids = decodeList(body);
      return ids && { kind: "ids", ids };
    }
    case "t": {
      const value = unescapeText(body);
      return value === undefined ? undefined : { kind: "text", text: value };
    }
    case "p": {
      if (body === "") return { kind: "pairs", pairs: [] };
      const pairs = body.split(SEPARATORS.item).map(decodePair);
      return pairs.every((pair): pair is [string, string] => pair !== undefined)
        ? { kind: "pairs", pairs }
        : undefined;
    }
    default:
      return undefined;
  }
}
