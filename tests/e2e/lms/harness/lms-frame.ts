/**
 * The LMS side of the harness, in the browser: plays the LMS the way Moodle's player does — the API
 * object (scorm-again) in the parent frame, the package in an iframe, data stored only on a
 * successful commit or finish, Moodle's finish rules applied to what is stored (STANDARDS.md §1.4.5,
 * §6.8). Every SetValue is logged so the test can judge it against Moodle's rules.
 */
import { Scorm12API, Scorm2004API } from "scorm-again";
import type { HarnessConfig, HarnessState } from "./harness-types.ts";
import { seededFaults } from "./seeded-random.ts";

const METHODS = {
  scorm12: {
    initialize: "LMSInitialize",
    finish: "LMSFinish",
    commit: "LMSCommit",
    set: "LMSSetValue",
    error: "LMSGetLastError",
  },
  scorm2004: {
    initialize: "Initialize",
    finish: "Terminate",
    commit: "Commit",
    set: "SetValue",
    error: "GetLastError",
  },
} as const;

type ApiMethod = (...args: string[]) => string;

const config = JSON.parse(new URLSearchParams(location.search).get("config") ?? "{}") as HarnessConfig;
const settings = {
  lmsCommitUrl: false,
  autocommit: false,
  logLevel: 5,
  mastery_override: false,
  autoCompleteLessonStatus: false,
  score_overrides_status: false,
} as const;
const api = config.version === "scorm12" ? new Scorm12API(settings) : new Scorm2004API(settings);
(
  api as unknown as { loadFromFlattenedJSON(json: Record<string, string>, element: string): void }
).loadFromFlattenedJSON(config.initial, "");
const names = METHODS[config.version];
const methods = api as unknown as Record<string, ApiMethod>;
const original = Object.fromEntries(
  Object.values(names).map((name) => [name, methods[name]?.bind(api) as ApiMethod]),
);

const state: HarnessState = {
  sets: [],
  errors: [],
  calls: [],
  stored: undefined,
  values: { ...config.initial },
  failCommits: config.failCommits,
  injected: [],
};
window.lms = state;

/** Fault injection: a refused call answers "false" and the next GetLastError answers 101. */
const flaky = config.faults ? seededFaults(config.faults.seed, config.faults.rate) : () => false;
let injectedError: string | undefined;
const refuse = (call: string): string => {
  state.injected.push(call);
  injectedError = "101";
  return "false";
};
methods[names.error] = () => injectedError ?? original[names.error]?.() ?? "0";

/** Moodle's 1.2 finish rules on the stored data (scorm_12.js StoreData; STANDARDS.md pitfall 1.4.5). */
function applyFinishRules(values: Record<string, string>): void {
  if (config.version !== "scorm12") return;
  if ((values["cmi.core.lesson_status"] ?? "not attempted") === "not attempted")
    values["cmi.core.lesson_status"] = "completed";
  const mastery = values["cmi.student_data.mastery_score"];
  const raw = values["cmi.core.score.raw"];
  const normal =
    (values["cmi.core.lesson_mode"] ?? "normal") === "normal" && values["cmi.core.credit"] !== "no-credit";
  if (normal && mastery && raw !== undefined && raw !== "") {
    values["cmi.core.lesson_status"] = Number(raw) >= Number(mastery) ? "passed" : "failed";
  }
}

const store = (finishing: boolean) => {
  const values = { ...state.values };
  if (finishing) applyFinishRules(values);
  if (!config.sharedDb) {
    state.stored = values;
    return;
  }
  const database = JSON.parse(localStorage.getItem(config.sharedDb) ?? "{}") as Record<string, string>;
  state.stored = { ...database, ...values };
  localStorage.setItem(config.sharedDb, JSON.stringify(state.stored));
};

methods[names.set] = (element = "", value = "") => {
  state.calls.push(`${names.set} ${element}`);
  injectedError = undefined;
  if (flaky()) return refuse(`${names.set} ${element}`);
  state.sets.push([element, String(value)]);
  const result = original[names.set]?.(element, value) ?? "false";
  const error = original[names.error]?.() ?? "0";
  if (result !== "true" || error !== "0")
    state.errors.push(`${element}=${value} → ${result} (error ${error})`);
  else state.values[element] = String(value);
  return result;
};
methods[names.commit] = (parameter = "") => {
  state.calls.push(names.commit);
  injectedError = undefined;
  if (flaky()) return refuse(names.commit);
  if (state.failCommits > 0) {
    state.failCommits -= 1;
    return "false";
  }
  const result = original[names.commit]?.(parameter) ?? "false";
  if (result === "true") store(false);
  return result;
};
methods[names.finish] = (parameter = "") => {
  state.calls.push(names.finish);
  const result = original[names.finish]?.(parameter) ?? "false";
  if (result === "true") store(true);
  return result;
};
methods[names.initialize] = (parameter = "") => {
  state.calls.push(names.initialize);
  injectedError = undefined;
  if (config.failInitialize) return refuse(names.initialize);
  return original[names.initialize]?.(parameter) ?? "false";
};

if (!config.noApi) Object.assign(window, config.version === "scorm12" ? { API: api } : { API_1484_11: api });
const frame = document.createElement("iframe");
frame.title = "SCO";
frame.name = "sco";
frame.style.cssText = "width:100%;height:90vh;border:0";
frame.src = config.launchUrl;
document.body.append(frame);
