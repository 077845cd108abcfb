import type { AstroIntegration } from "astro";
import { onPreviewSynced } from "../loader/preview-diagnostics.ts";

/**
 * Author preview: after every re-compile of the course sources (a save under course-src/), reload
 * the browser, also when the save introduced errors and the content itself did not change, so the
 * diagnostics overlay appears and later disappears.
 */
export function coursemarkPreview(): AstroIntegration {
  return {
    name: "coursemark-preview",
    hooks: {
      "astro:server:setup": ({ server }) => {
        const stop = onPreviewSynced(() =>
          server.environments.client.hot.send({ type: "full-reload", path: "*" }),
        );
        server.httpServer?.once("close", stop);
      },
    },
  };
}
