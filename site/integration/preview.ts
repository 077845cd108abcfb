import type { AstroIntegration } from "astro";
import { onPreviewSynced } from "../loader/preview-diagnostics.ts";
import { courseDirsFromEnvironment, isInside } from "../loader/watched-courses.ts";

/**
 * Author preview: a save under a course folder re-runs the content loader for that file. When the
 * compiled course changed, Astro's content layer saves it at once and reloads the page; when it
 * did not (the save introduced errors, so the last good build stays), reload here so the
 * diagnostics overlay appears, and later disappears.
 */
export function coursemarkPreview(): AstroIntegration {
  return {
    name: "coursemark-preview",
    hooks: {
      "astro:server:setup": async ({ server, refreshContent }) => {
        const dirs = await courseDirsFromEnvironment();
        server.watcher.add(dirs);
        const stop = onPreviewSynced((contentChanged) => {
          if (!contentChanged) server.environments.client.hot.send({ type: "full-reload", path: "*" });
        });
        const onChange = (file: string) => {
          if (!refreshContent || !dirs.some((dir) => isInside(file, dir))) return;
          void refreshContent({ loaders: ["coursemark"], context: { changed: file } });
        };
        for (const event of ["change", "add", "unlink"] as const) server.watcher.on(event, onChange);
        server.httpServer?.once("close", stop);
      },
    },
  };
}
