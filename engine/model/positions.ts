import type { Point } from "unist";

/** Turns offsets inside an embedded text (YAML, HTML) into file positions. */
export function createOffsetLocator(text: string, origin: Point): (offset: number) => Point {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === "\n") lineStarts.push(index + 1);
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    const column = clamped - (lineStarts[low] ?? 0) + 1;
    return { line: origin.line + low, column: low === 0 ? origin.column + column - 1 : column };
  };
}
