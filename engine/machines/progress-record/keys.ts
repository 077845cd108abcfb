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
 * of one scope sharing a key (about 1 in 10,000 for a 500-id course) are left out of `keyIndex`, so
 * they start fresh rather than take each other's progress.
 */
export function hashKey(id: string): string {
  return (fnv1a(id) % KEY_SPACE).toString(36).padStart(KEY_LENGTH, "0");
}

/** Key → id for the ids the current model knows; a key two ids share maps to neither. */
export function keyIndex(ids: Iterable<string>): Map<string, string> {
  const index = new Map<string, string>();
  const clashing = new Set<string>();
  for (const id of ids) {
    const key = hashKey(id);
    const known = index.get(key);
    if (known !== undefined && known !== id) clashing.add(key);
    index.set(key, id);
  }
  for (const key of clashing) index.delete(key);
  return index;
}
