// The web edition and the author preview. Packages are not built with Astro (see ARCHITECTURE.md).
import preact from "@astrojs/preact";
import { defineConfig } from "astro/config";
import { coursemarkPreview } from "./site/integration/preview.ts";

export default defineConfig({
  srcDir: "./site",
  publicDir: "./site/public",
  outDir: process.env.COURSEMARK_SITE_OUT ?? "./dist/site",
  // "ignore": pages are built as folders (trailing slash) while media files keep their names in the preview.
  trailingSlash: "ignore",
  build: { format: "directory", inlineStylesheets: "never" },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [preact(), coursemarkPreview()],
  server: { host: "127.0.0.1" },
  vite: { server: { watch: { ignored: ["**/dist/**", "**/test-results/**"] } } },
});
