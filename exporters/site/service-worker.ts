import path from "node:path";
import { OFFLINE_CACHES } from "../../site/lib/offline-caches.ts";

/**
 * Generates the web edition's service worker after the Astro build (the Astro PWA integration
 * does not support current Astro). Visited pages are cached network-first, so they open offline;
 * the course page's "save this module" action fills the same caches ahead of time.
 */
export async function writeServiceWorker(siteDir: string): Promise<void> {
  // Loaded on use: importing workbox-build takes over a second, which every CLI run would pay.
  const { generateSW } = await import("workbox-build");
  await generateSW({
    swDest: path.join(siteDir, "sw.js"),
    globDirectory: siteDir,
    globPatterns: ["_astro/**/*.{js,css}"],
    inlineWorkboxRuntime: true,
    mode: "production",
    sourcemap: false,
    clientsClaim: true,
    skipWaiting: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === "navigate",
        handler: "NetworkFirst",
        options: { cacheName: OFFLINE_CACHES.pages, networkTimeoutSeconds: 4 },
      },
      {
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode !== "navigate",
        handler: "StaleWhileRevalidate",
        options: { cacheName: OFFLINE_CACHES.assets },
      },
    ],
  });
}
