/** A file's JavaScript, from the cache in cacheDir when its TypeScript is unchanged (typescript-cache.mjs). */
export function strippedSource(cacheDir: string, filePath: string, typescript: string): string;
/** Loads the package's own .ts files (under the packageRoot URL) through the cache. */
export function loadTypeScriptThroughCache(packageRoot: string): void;
