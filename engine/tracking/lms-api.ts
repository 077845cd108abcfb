/**
 * Finding the LMS's API object the way the specs describe it (SCORM 1.2 RTE §3.3.6.1 `FindAPI`,
 * SCORM 2004 RTE §3.1.5 `API_1484_11`; STANDARDS.md §1.3): walk up the parent frames, then the
 * opener's frames. The only place that looks for `window.API` / `window.API_1484_11`.
 */

export type ApiName = "API" | "API_1484_11";

/** The ADL sample script gives up after this many parents (guards against odd frame loops). */
const MAX_PARENT_STEPS = 500;

interface FrameLike {
  parent: FrameLike | null;
  opener?: FrameLike | null;
  [name: string]: unknown;
}

function readApi<Api>(frame: FrameLike, name: ApiName): Api | undefined {
  try {
    const api = frame[name];
    return api && typeof api === "object" ? (api as Api) : undefined;
  } catch {
    return undefined; // a cross-origin frame: not ours to read
  }
}

function parentOf(frame: FrameLike): FrameLike | undefined {
  try {
    const parent = frame.parent;
    return parent && parent !== frame ? parent : undefined;
  } catch {
    return undefined;
  }
}

function searchUp<Api>(start: FrameLike, name: ApiName): Api | undefined {
  let frame: FrameLike | undefined = start;
  for (let steps = 0; frame && steps <= MAX_PARENT_STEPS; steps += 1) {
    const api = readApi<Api>(frame, name);
    if (api) return api;
    frame = parentOf(frame);
  }
  return undefined;
}

function topOf(frame: FrameLike): FrameLike {
  let top = frame;
  for (let parent = parentOf(top), steps = 0; parent && steps < MAX_PARENT_STEPS; steps += 1) {
    top = parent;
    parent = parentOf(top);
  }
  return top;
}

/** The API object in this window, a parent frame, or the opener's frames; undefined when there is none. */
export function findLmsApi<Api>(start: object, name: ApiName): Api | undefined {
  const frame = start as FrameLike;
  const found = searchUp<Api>(frame, name);
  if (found) return found;
  let opener: FrameLike | null | undefined;
  try {
    opener = topOf(frame).opener;
  } catch {
    opener = undefined;
  }
  return opener ? searchUp<Api>(opener, name) : undefined;
}
