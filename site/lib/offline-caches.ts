/** Cache names shared by the service worker (generated after the build) and the page scripts. */
export const OFFLINE_CACHES = {
  pages: "coursemark-pages",
  assets: "coursemark-assets",
} as const;
