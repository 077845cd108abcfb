/**
 * Checks that every UI catalogue (the player's, the site's) is a faithful copy of its English one:
 * shared by their tests so that they apply the same rules.
 */

/** Each key with its kind (`string` for words, `function` for words with values), sorted by key. */
export function messageKinds(catalogue: object): [string, string][] {
  return Object.entries(catalogue)
    .map(([key, message]): [string, string] => [key, typeof message])
    .sort(([a], [b]) => a.localeCompare(b));
}

/** Every message as words: plain strings as they are, functions called with their sample arguments. */
export function renderMessages(
  catalogue: object,
  samples: Readonly<Record<string, readonly unknown[]>>,
): Map<string, string> {
  return new Map(
    Object.entries(catalogue).map(([key, message]) => {
      if (typeof message !== "function") return [key, String(message)];
      const args = samples[key];
      if (!args) throw new Error(`No sample arguments for the message function ${key}`);
      return [key, String(message(...args))];
    }),
  );
}

/** Keys (besides `lang`) whose words are the same as the source catalogue's, sorted. */
export function untranslatedKeys(
  translation: object,
  source: object,
  samples: Readonly<Record<string, readonly unknown[]>>,
): string[] {
  const sourceWords = renderMessages(source, samples);
  return [...renderMessages(translation, samples)]
    .filter(([key, words]) => key !== "lang" && words === sourceWords.get(key))
    .map(([key]) => key)
    .sort();
}

/** The first comment of a source file (its header), where a catalogue states its review status. */
export function headerComment(fileText: string): string {
  return /^\s*\/\*\*?([\s\S]*?)\*\//.exec(fileText)?.[1] ?? "";
}
