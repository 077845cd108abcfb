const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text or attribute value for XML; control characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters; they are dropped on purpose.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
      .replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char)
  );
}

/** `xsi:schemaLocation` value: namespace / file pairs. */
export function schemaLocation(pairs: ReadonlyArray<readonly [namespace: string, file: string]>): string {
  return pairs.map(([namespace, file]) => `${namespace} ${file}`).join(" ");
}
