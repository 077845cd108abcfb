/**
 * CMI value formats for SCORM 1.2 and 2004, stated once as data plus a few pure formatters.
 * Every rule cites STANDARDS.md; where Moodle is stricter than the spec, Moodle's rule wins
 * (STANDARDS.md §6.3, Moodle's scorm_12.js / scorm_13.js).
 */
import type { InteractionResult, TrackedInteractionType, TrackedResponse } from "./tracker.ts";

export type ScormVersion = "scorm12" | "scorm2004";

interface Delimiters {
  /** Between the items of a list (choice ids, sequence steps, pairs). */
  list: string;
  /** Between the two halves of a pair (matching source.target, performance step.answer). */
  pair: string;
  /** Between a numeric range's bounds (2004 only). */
  range: string;
}

export interface CmiRules {
  /** cmi.suspend_data: CMIString4096 (1.2, §1.3 and pitfall 1.4.1) / SPM 64000 (2004, §2.3). */
  suspendDataMax: number;
  /** cmi.core.lesson_location CMIString255 (§1.3) / cmi.location SPM 1000 (§2.3). */
  locationMax: number;
  /** student_response / correct pattern: CMIFeedback ≤255 (§1.3); 2004 fill-in items ≤250 (§2.3). */
  responseTextMax: number;
  /** cmi.interactions.n.result vocabulary: `wrong` in 1.2, `incorrect` in 2004 (§1.3, §2.5). */
  incorrect: "wrong" | "incorrect";
  /** cmi.core.exit "" vs cmi.exit "normal" once the learner is done (§1.3, §2.3). */
  normalExit: "" | "normal";
  /** CMIType: 1.2 knows 8 types (§6.3); 2004 all 10 (§2.3). */
  types: Record<TrackedInteractionType, string>;
  trueFalse: { true: string; false: string };
  delimiters: Delimiters;
}

export const CMI_RULES: Record<ScormVersion, CmiRules> = {
  scorm12: {
    suspendDataMax: 4096,
    locationMax: 255,
    responseTextMax: 255,
    incorrect: "wrong",
    normalExit: "",
    types: {
      "true-false": "true-false",
      choice: "choice",
      "fill-in": "fill-in",
      "long-fill-in": "fill-in",
      matching: "matching",
      performance: "performance",
      sequencing: "sequencing",
      likert: "likert",
      numeric: "numeric",
      other: "fill-in",
    },
    // CMIFeedback true-false `0|1|t|f` (§1.3).
    trueFalse: { true: "t", false: "f" },
    delimiters: { list: ",", pair: ".", range: "" },
  },
  scorm2004: {
    suspendDataMax: 64000,
    locationMax: 1000,
    responseTextMax: 250,
    incorrect: "incorrect",
    normalExit: "normal",
    types: {
      "true-false": "true-false",
      choice: "choice",
      "fill-in": "fill-in",
      "long-fill-in": "long-fill-in",
      matching: "matching",
      performance: "performance",
      sequencing: "sequencing",
      likert: "likert",
      numeric: "numeric",
      other: "other",
    },
    trueFalse: { true: "true", false: "false" },
    // RTE 4.2.9 reserved delimiters (§2.3).
    delimiters: { list: "[,]", pair: "[.]", range: "[:]" },
  },
};

/** A plain decimal with at most `decimals` places: no exponent, no trailing zeros, no `-0` (§2.5, pitfall 1.4.4). */
export function formatDecimal(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return "0";
  const fixed = value.toFixed(decimals).replace(/\.?0+$/, "");
  return fixed === "-0" ? "0" : fixed;
}

/** Score raw/min/max: 0–100 whenever a score is reported (Moodle range check `0#100`, §1.3, §6.4). */
export function formatPercent(value: number): string {
  return formatDecimal(Math.min(100, Math.max(0, value)));
}

/** cmi.score.scaled −1..1 (§2.3). */
export function formatScaled(value: number): string {
  return formatDecimal(Math.min(1, Math.max(-1, value)), 4);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

function splitCentiseconds(ms: number) {
  const total = Math.max(0, Math.round(ms / 10));
  return {
    hours: Math.floor(total / 360_000),
    minutes: Math.floor(total / 6000) % 60,
    seconds: Math.floor(total / 100) % 60,
    centis: total % 100,
  };
}

/** 1.2 CMITimespan `HHHH:MM:SS.SS`, hours 2–4 digits (Moodle regex, §6.3 and pitfall 1.4.3). */
export function formatTimespan12(ms: number): string {
  const maxMs = (9999 * 3600 + 59 * 60 + 59.99) * 1000;
  const { hours, minutes, seconds, centis } = splitCentiseconds(Math.min(ms, maxMs));
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(centis)}`;
}

/** 2004 ISO 8601 duration with ≤2 decimals on seconds, never weeks (§2.5, §6.3): `PT1H5M3.25S`, `PT0S`. */
export function formatDuration2004(ms: number): string {
  const { hours, minutes, seconds, centis } = splitCentiseconds(ms);
  const secondsText = `${seconds}${centis > 0 ? `.${pad(centis).replace(/0$/, "")}` : ""}S`;
  if (hours > 0) return `PT${hours}H${minutes}M${secondsText}`;
  if (minutes > 0) return `PT${minutes}M${secondsText}`;
  return `PT${secondsText}`;
}

/** 1.2 CMITime (time of day, UTC) `HH:MM:SS` (§1.3). */
export function formatTime12(date: Date): string {
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/**
 * 2004 CMITime `YYYY-MM-DDThh:mm:ss.ssZ`: ≤2 fractional digits (never `toISOString()`'s `.123Z`);
 * Moodle accepts a zone only after a fraction and years 1970–2038 (§2.5, §6.3). Undefined outside that range.
 */
export function formatTimestamp2004(date: Date): string | undefined {
  const year = date.getUTCFullYear();
  if (year < 1970 || year > 2038) return undefined;
  const centis = Math.floor(date.getUTCMilliseconds() / 10);
  return `${year}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${formatTime12(date)}.${pad(centis)}Z`;
}

export function formatResult(result: InteractionResult, version: ScormVersion): string {
  if (typeof result === "number") return formatDecimal(version === "scorm12" ? Math.max(0, result) : result);
  return result === "incorrect" ? CMI_RULES[version].incorrect : result;
}

/** Free text as one line within the limit; 2004 langstrings must not start with `{` (§6.3). */
export function formatText(text: string, version: ScormVersion): string {
  const rules = CMI_RULES[version];
  const line = text.replace(/\s+/g, " ").trim().replaceAll(rules.delimiters.list, ",");
  const safe = version === "scorm2004" && line.startsWith("{") ? ` ${line}` : line;
  return safe.slice(0, rules.responseTextMax);
}

/**
 * A response as `student_response`/`learner_response` (`pattern: false`) or as a
 * `correct_responses.n.pattern` (`pattern: true`).
 */
export function formatResponse(response: TrackedResponse, version: ScormVersion, pattern: boolean): string {
  const { delimiters, trueFalse } = CMI_RULES[version];
  const list = (items: readonly string[]) => items.join(delimiters.list);
  switch (response.kind) {
    case "true-false":
      return response.value ? trueFalse.true : trueFalse.false;
    case "choice":
    case "sequencing":
      return list(response.ids);
    case "likert":
      return response.id;
    case "numeric":
      return formatDecimal(response.value, 4);
    case "numeric-range":
      if (version === "scorm2004") {
        return `${formatDecimal(response.min, 4)}${delimiters.range}${formatDecimal(response.max, 4)}`;
      }
      // 1.2 CMIFeedback for numeric is one CMIDecimal, no range (RTE 1.2 §3.4.3): the range's middle,
      // which is the stated answer of `answer ± tolerance`, is a correct response it can state.
      return formatDecimal((response.min + response.max) / 2, 4);
    case "matching":
      return list(response.pairs.map(([source, target]) => `${source}${delimiters.pair}${target}`));
    case "performance":
      return list(response.steps.map(([step, answer]) => `${step}${delimiters.pair}${answer}`));
    case "fill-in": {
      const texts = list(response.texts.map((text) => formatText(text, version)));
      const modifier = pattern && version === "scorm2004" ? `{case_matters=${response.caseMatters}}` : "";
      return (modifier + texts).slice(0, CMI_RULES[version].responseTextMax);
    }
    case "other":
      return formatText(response.text, version);
  }
}

/** suspend_data must be ASCII so characters = bytes everywhere (pitfall 1.4.1). */
export function fitsSuspendData(record: string, version: ScormVersion): boolean {
  return record.length <= CMI_RULES[version].suspendDataMax && /^[\x20-\x7E]*$/.test(record);
}
