/** FNV-1a, 32 bits, over UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Characters in a record key: 36^6 ≈ 2.2 billion values. */
export const KEY_LENGTH = 6;
const KEY_SPACE = 36 ** KEY_LENGTH;

/**
 * A stable id (interaction, lesson) → a fixed-width base-36 key for the record: ids are up to
 * ~40 characters, keys 6, which is what lets a 60-interaction module fit SCORM 1.2's 4,096.
 * Keys are matched against the current model's ids when reading, so republishing is safe; two ids
 * of one scope sharing a key is checked (`findKeyClash`) when the record size is computed.
 */
export function hashKey(id: string): string {
  return (fnv1a(id) % KEY_SPACE).toString(36).padStart(KEY_LENGTH, "0");
}

/** Two ids with the same key, if any (so the compiler can report it instead of a silent mix-up). */
export function findKeyClash(ids: readonly string[]): [string, string] | undefined {
  const seen = new Map<string, string>();
  for (const id of ids) {
    const key = hashKey(id);
    const other = seen.get(key);
    if (other !== undefined && other !== id) return [other, id];
    seen.set(key, id);
  }
  return undefined;
}

/** Key → id for the ids the current model knows. */
export function keyIndex(ids: Iterable<string>): Map<string, string> {
  return new Map([...ids].map((id) => [hashKey(id), id]));
}
