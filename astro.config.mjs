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
  // Preact's Babel pass (JSX only) on .tsx files alone: it parsed and re-printed every .ts module of
  // both bundles too, a no-op there that took about a tenth of the site build's CPU time.
  integrations: [preact({ include: [/\.tsx$/] }), coursemarkPreview()],
  server: { host: "127.0.0.1" },
  vite: {
    server: { watch: { ignored: ["**/dist/**", "**/test-results/**"] } },
    // Preact's JSX stated here too: installed as a dependency, the project's .tsx files sit under
    // node_modules, where Vite's transform and dependency scan do not apply @astrojs/preact's setting.
    oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
    optimizeDeps: {
      rolldownOptions: { transform: { jsx: { runtime: "automatic", importSource: "preact" } } },
    },
  },
});
