const ACCENTED: Record<string, string> = {
  a: "á",
  e: "é",
  i: "í",
  o: "ö",
  u: "ü",
  c: "ç",
  n: "ñ",
  y: "ý",
  A: "Å",
  E: "É",
  I: "Î",
  O: "Ø",
  U: "Û",
  C: "Ç",
  N: "Ñ",
  Y: "Ý",
};

/** Accented letters, markup and entities untouched (the pieces between tags only). */
function accent(xml: string): string {
  return xml
    .split(/(<[^>]*>|&[#a-zA-Z0-9]+;)/)
    .map((piece) =>
      piece.startsWith("<") || piece.startsWith("&")
        ? piece
        : piece.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter] ?? letter),
    )
    .join("");
}

/** About 30% more characters, as many languages need: padding at the end of the target. */
function padding(xml: string): string {
  const letters = xml.replace(/<[^>]*>|&[#a-zA-Z0-9]+;/g, "x").length;
  return ` ${"·".repeat(Math.max(1, Math.ceil(letters * 0.3) - 1))}`;
}

/**
 * A test "translator": fills the `<target>` of every unit of an exported XLIFF file with a
 * pseudo-localised copy of its source (accented, 30% longer, every placeholder kept), so an
 * edition shows at once which texts were translated and whether longer text fits.
 */
export function pseudoLocalise(xliff: string): string {
  return xliff.replace(
    /<segment state="initial">(\s*)<source>([\s\S]*?)<\/source>/g,
    (_match, space: string, source: string) => {
      const target = `${accent(source)}${padding(source)}`;
      return `<segment state="translated">${space}<source>${source}</source>${space}<target>${target}</target>`;
    },
  );
}
