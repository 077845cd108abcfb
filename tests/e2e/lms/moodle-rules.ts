/**
 * Moodle's validation rules for every CMI element a Coursemark package sets, as data: the regexes
 * of Moodle's `mod/scorm/datamodels/scorm_12.js` and `scorm_13.js` (STANDARDS.md §6.3, §1.3, §2.3),
 * plus the strict 1.2 CMIFeedback formats Moodle leaves unchecked but strict LMSs apply (§1.3).
 * Independent of the tracker's own formatters on purpose: this is the oracle the tests judge by.
 */

const M12 = {
  CMIString255: /^[\s\S]{0,255}$/,
  CMIString4096: /^[\s\S]{0,4096}$/,
  CMITime: /^([0-2]{1}[0-9]{1}):([0-5]{1}[0-9]{1}):([0-5]{1}[0-9]{1})(\.[0-9]{1,2})?$/,
  CMITimespan: /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/,
  CMIDecimal: /^-?([0-9]{0,3})(\.[0-9]*)?$/,
  CMIIdentifier: /^[\u0021-\u007E]{1,255}$/,
  CMIStatus: /^passed$|^completed$|^failed$|^incomplete$|^browsed$/,
  CMIExit: /^time-out$|^suspend$|^logout$|^$/,
  CMIType: /^true-false$|^choice$|^fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$/,
  CMIResult: /^correct$|^wrong$|^unanticipated$|^neutral$|^([0-9]{0,3})?(\.[0-9]*)?$/,
};

const SHORT_ID = "[\\w.]{1,250}";
const DECIMAL_2004 = "-?[0-9]{1,5}(\\.[0-9]{1,18})?";
const M2004 = {
  CMIString1000: /^[\s\S]{0,1000}$/,
  CMIString64000: /^[\s\S]{0,64000}$/,
  CMILangString250: /^(\{lang=([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?\})?((?!\{.*$).{0,250}$)?$/,
  CMITime:
    /^(19[7-9]{1}[0-9]{1}|20[0-2]{1}[0-9]{1}|203[0-8]{1})((-(0[1-9]{1}|1[0-2]{1}))((-(0[1-9]{1}|[1-2]{1}[0-9]{1}|3[0-1]{1}))(T([0-1]{1}[0-9]{1}|2[0-3]{1})((:[0-5]{1}[0-9]{1})((:[0-5]{1}[0-9]{1})((\.[0-9]{1,2})((Z|([+|-]([0-1]{1}[0-9]{1}|2[0-3]{1})))(:[0-5]{1}[0-9]{1})?)?)?)?)?)?)?)?$/,
  CMITimespan:
    /^P(\d+Y)?(\d+M)?(\d+D)?(T(((\d+H)(\d+M)?(\d+(\.\d{1,2})?S)?)|((\d+M)(\d+(\.\d{1,2})?S)?)|((\d+(\.\d{1,2})?S))))?$/,
  CMIDecimal: new RegExp(`^${DECIMAL_2004}$`),
  CMILongIdentifier: /^\S{1,4000}$/,
  CMICStatus: /^completed$|^incomplete$|^not attempted$|^unknown$/,
  CMISStatus: /^passed$|^failed$|^unknown$/,
  CMIExit: /^time-out$|^suspend$|^logout$|^normal$|^$/,
  CMIType:
    /^true-false$|^choice$|^(long-)?fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$|^other$/,
  CMIResult: /^correct$|^incorrect$|^unanticipated$|^neutral$|^-?([0-9]{1,4})(\.[0-9]{1,18})?$/,
};

/** 2004 response formats by interaction type (scorm_13.js `learner_response` / `correct_responses`). */
const RESPONSES_2004: Record<string, { learner: RegExp; pattern: RegExp }> = {
  "true-false": { learner: /^(true|false)$/, pattern: /^(true|false)$/ },
  choice: { learner: listOf(SHORT_ID), pattern: listOf(SHORT_ID) },
  sequencing: { learner: listOf(SHORT_ID), pattern: listOf(SHORT_ID) },
  likert: { learner: new RegExp(`^${SHORT_ID}$`), pattern: new RegExp(`^${SHORT_ID}$`) },
  matching: {
    learner: listOf(`${SHORT_ID}\\[\\.\\]${SHORT_ID}`),
    pattern: listOf(`${SHORT_ID}\\[\\.\\]${SHORT_ID}`),
  },
  numeric: {
    learner: new RegExp(`^${DECIMAL_2004}$`),
    pattern: new RegExp(`^(${DECIMAL_2004})?(\\[:\\](${DECIMAL_2004})?)?$`),
  },
  "fill-in": {
    learner: listOf("(?!\\{).{0,250}"),
    pattern:
      /^(\{case_matters=(true|false)\})?(\{order_matters=(true|false)\})?.{0,250}(\[,\].{0,250}){0,9}$/,
  },
  "long-fill-in": { learner: /^(?!\{).{0,4000}$/, pattern: /^(\{case_matters=(true|false)\})?.{0,4000}$/ },
  performance: { learner: /^[\s\S]{0,4000}$/, pattern: /^[\s\S]{0,4000}$/ },
  other: { learner: /^[\s\S]{0,4000}$/, pattern: /^[\s\S]{0,4000}$/ },
};

/** Strict 1.2 CMIFeedback by type (§1.3): single-character choice/likert ids, `1.a` matching pairs. */
const RESPONSES_12: Record<string, RegExp> = {
  "true-false": /^[01tf]$/,
  choice: /^(\{)?[0-9a-z](,[0-9a-z])*(\})?$/,
  sequencing: /^[0-9a-z](,[0-9a-z])*$/,
  likert: /^[0-9a-z]$/,
  matching: /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/,
  // Spec CMIDecimal (no digit limit: Moodle's 3-digit regex applies to scores and weights only).
  numeric: /^-?[0-9]+(\.[0-9]+)?$/,
  "fill-in": M12.CMIString255,
  performance: M12.CMIString255,
};

function listOf(item: string): RegExp {
  return new RegExp(`^${item}(\\[,\\]${item})*$`);
}

function inRange(value: string, min: number, max: number): boolean {
  const number = Number(value);
  return value !== "" && number >= min && number <= max;
}

export type ScormVersion = "scorm12" | "scorm2004";

/** What a package may set, as [element pattern, check]. `n` stands for any index. */
type Rule = readonly [
  RegExp,
  (value: string, types: ReadonlyMap<string, string>, element: string) => boolean,
];

const test = (regex: RegExp) => (value: string) => regex.test(value);
const interactionType = (types: ReadonlyMap<string, string>, element: string) =>
  types.get(element.replace(/^(cmi\.interactions\.\d+)\..*$/, "$1")) ?? "";

export const MOODLE_RULES: Record<ScormVersion, readonly Rule[]> = {
  scorm12: [
    [/^cmi\.core\.lesson_status$/, test(M12.CMIStatus)],
    [/^cmi\.core\.lesson_location$/, test(M12.CMIString255)],
    [/^cmi\.core\.exit$/, test(M12.CMIExit)],
    [/^cmi\.core\.session_time$/, test(M12.CMITimespan)],
    [/^cmi\.core\.score\.(raw|min|max)$/, (value) => M12.CMIDecimal.test(value) && inRange(value, 0, 100)],
    [/^cmi\.suspend_data$/, (value) => M12.CMIString4096.test(value) && /^[\x20-\x7E]*$/.test(value)],
    [/^cmi\.interactions\.\d+\.id$/, test(M12.CMIIdentifier)],
    [/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/, test(M12.CMIIdentifier)],
    [/^cmi\.interactions\.\d+\.time$/, test(M12.CMITime)],
    [/^cmi\.interactions\.\d+\.type$/, test(M12.CMIType)],
    [/^cmi\.interactions\.\d+\.weighting$/, test(M12.CMIDecimal)],
    [/^cmi\.interactions\.\d+\.result$/, test(M12.CMIResult)],
    [/^cmi\.interactions\.\d+\.latency$/, test(M12.CMITimespan)],
    [
      /^cmi\.interactions\.\d+\.(correct_responses\.\d+\.pattern|student_response)$/,
      (value, types, element) => RESPONSES_12[interactionType(types, element)]?.test(value) ?? false,
    ],
  ],
  scorm2004: [
    [/^cmi\.completion_status$/, test(M2004.CMICStatus)],
    [/^cmi\.success_status$/, test(M2004.CMISStatus)],
    [/^cmi\.score\.scaled$/, (value) => M2004.CMIDecimal.test(value) && inRange(value, -1, 1)],
    [/^cmi\.score\.(raw|min|max)$/, (value) => M2004.CMIDecimal.test(value) && inRange(value, 0, 100)],
    [/^cmi\.progress_measure$/, (value) => M2004.CMIDecimal.test(value) && inRange(value, 0, 1)],
    [/^cmi\.location$/, test(M2004.CMIString1000)],
    [/^cmi\.suspend_data$/, (value) => M2004.CMIString64000.test(value) && /^[\x20-\x7E]*$/.test(value)],
    [/^cmi\.exit$/, test(M2004.CMIExit)],
    [/^cmi\.session_time$/, test(M2004.CMITimespan)],
    [/^cmi\.interactions\.\d+\.id$/, test(M2004.CMILongIdentifier)],
    [/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/, test(M2004.CMILongIdentifier)],
    [/^cmi\.interactions\.\d+\.timestamp$/, test(M2004.CMITime)],
    [/^cmi\.interactions\.\d+\.type$/, test(M2004.CMIType)],
    [/^cmi\.interactions\.\d+\.weighting$/, test(M2004.CMIDecimal)],
    [/^cmi\.interactions\.\d+\.result$/, test(M2004.CMIResult)],
    [/^cmi\.interactions\.\d+\.latency$/, test(M2004.CMITimespan)],
    [/^cmi\.interactions\.\d+\.description$/, test(M2004.CMILangString250)],
    [
      /^cmi\.interactions\.\d+\.learner_response$/,
      (value, types, element) =>
        RESPONSES_2004[interactionType(types, element)]?.learner.test(value) ?? false,
    ],
    [
      /^cmi\.interactions\.\d+\.correct_responses\.\d+\.pattern$/,
      (value, types, element) =>
        RESPONSES_2004[interactionType(types, element)]?.pattern.test(value) ?? false,
    ],
  ],
};

/** Elements whose value depends on the interaction's type: 2004 requires `type` set before them (§2.3). */
const NEEDS_TYPE =
  /^cmi\.interactions\.\d+\.(correct_responses\.\d+\.pattern|learner_response|student_response)$/;

/**
 * Judges a log of SetValue calls, in order: every element must be one a package may set, every value
 * must pass Moodle's rule, and an interaction's `id` → `type` → responses order must hold.
 * Returns one line per violation (empty when all is well).
 */
export function moodleViolations(
  version: ScormVersion,
  calls: ReadonlyArray<readonly [string, string]>,
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const types = new Map<string, string>();
  for (const [element, value] of calls) {
    const interaction = /^(cmi\.interactions\.\d+)\./.exec(element)?.[1];
    if (interaction && element !== `${interaction}.id` && !ids.has(interaction)) {
      problems.push(`${element} set before ${interaction}.id`);
    }
    if (interaction && element === `${interaction}.id`) ids.add(interaction);
    if (interaction && element === `${interaction}.type`) types.set(interaction, value);
    if (interaction && NEEDS_TYPE.test(element) && !types.has(interaction)) {
      problems.push(`${element} set before ${interaction}.type`);
    }
    const rule = MOODLE_RULES[version].find(([pattern]) => pattern.test(element));
    if (!rule) problems.push(`${element} is not an element a package sets`);
    else if (!rule[1](value, types, element))
      problems.push(`${element} = ${JSON.stringify(value)} fails Moodle's rule`);
  }
  return problems;
}
