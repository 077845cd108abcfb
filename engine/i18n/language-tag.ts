/** The primary language subtag of a BCP 47 tag, lowercased: `ar-EG` → `ar`, `en_GH` → `en`. */
export function primarySubtag(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

/**
 * The entry for a language tag in a table keyed by primary subtag (`fr-CI` finds `fr`), or the
 * fallback when the table has none: how every catalogue (player, site) picks its words.
 */
export function byPrimarySubtag<T>(lang: string, table: Readonly<Record<string, T>>, fallback: T): T {
  const primary = primarySubtag(lang);
  return Object.hasOwn(table, primary) ? (table[primary] ?? fallback) : fallback;
}
