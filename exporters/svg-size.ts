/**
 * A drawing's size as a browser lays it out in an `<img>`: the root `<svg>`'s `width` and `height`
 * (absolute units at 96 px to the inch, as CSS counts them), one of them with the viewBox's shape,
 * or the viewBox alone when neither is given. Undefined when the file names no size and no viewBox
 * (or only relative ones, `100%`, `2em`): the browser then has nothing to reserve either.
 */
export interface ImageSize {
  width: number;
  height: number;
}

/** CSS px per unit (CSS Values 4, absolute lengths); a bare number is in px. */
const PX_PER_UNIT: Readonly<Record<string, number>> = {
  "": 1,
  px: 1,
  in: 96,
  cm: 96 / 2.54,
  mm: 96 / 25.4,
  q: 96 / 101.6,
  pt: 96 / 72,
  pc: 16,
};

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "i").exec(tag);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** A length in CSS px, or undefined for a relative one (`%`, `em`) or anything unreadable. */
function absoluteLength(value: string | undefined): number | undefined {
  const match = /^\s*([0-9]*\.?[0-9]+(?:e[+-]?[0-9]+)?)\s*([a-z]*)\s*$/i.exec(value ?? "");
  const scale = match && PX_PER_UNIT[match[2]?.toLowerCase() ?? ""];
  const px = match && scale ? Number(match[1]) * scale : 0;
  return px > 0 ? px : undefined;
}

/** The viewBox's width and height (`min-x min-y width height`, by spaces or commas). */
function viewBoxSize(value: string | undefined): ImageSize | undefined {
  const numbers = (value ?? "")
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [width = 0, height = 0] = numbers.slice(2);
  return numbers.length === 4 && width > 0 && height > 0 ? { width, height } : undefined;
}

/** Whole px (HTML's `width`/`height` are integers), never 0. */
const whole = (size: ImageSize): ImageSize => ({
  width: Math.max(1, Math.round(size.width)),
  height: Math.max(1, Math.round(size.height)),
});

export function svgSize(text: string): ImageSize | undefined {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return undefined;
  const width = absoluteLength(attribute(tag, "width"));
  const height = absoluteLength(attribute(tag, "height"));
  const box = viewBoxSize(attribute(tag, "viewBox"));
  if (width && height) return whole({ width, height });
  if (box && width) return whole({ width, height: (width * box.height) / box.width });
  if (box && height) return whole({ width: (height * box.width) / box.height, height });
  return box && whole(box);
}
