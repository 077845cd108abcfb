import { Scorm12API } from "scorm-again";

/** What the preview's emulated LMS has been told, for the inspector panel. */
export interface PreviewLms {
  values(): ReadonlyMap<string, string>;
  commits(): number;
  subscribe(listener: () => void): () => void;
}

/**
 * Author preview only: the lesson page runs inside scorm-again's SCORM 1.2 API (the LMS side, as
 * in Moodle), installed as `window.API` where the package's tracker finds it. Never in a build:
 * the site loads this module only when `import.meta.env.DEV`.
 */
export function installPreviewLms(target: Window): PreviewLms {
  const api = new Scorm12API({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });
  const values = new Map<string, string>();
  const listeners = new Set<() => void>();
  let commits = 0;
  const changed = () => {
    for (const listener of listeners) listener();
  };
  api.on("LMSSetValue.cmi.*", (element: string, value: unknown) => {
    values.set(element, String(value));
    changed();
  });
  api.on("LMSCommit", () => {
    commits += 1;
    changed();
  });
  (target as Window & { API?: unknown }).API = api;
  return {
    values: () => values,
    commits: () => commits,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
