/**
 * How Moodle grades SCORM activities from the values it stored (STANDARDS.md §6.4), as pure functions:
 * `scorm_grade_user_attempt` (mod/scorm/locallib.php) over each SCO's stored elements as
 * `scorm_get_tracks` reads them, the grade item's maximum (`scorm_grade_item_update`, lib.php), and
 * the course total of the default "Natural" aggregation. The oracle that LMS journeys judge stored
 * values by; independent of the tracker on purpose.
 */

/** Moodle's `grademethod` values (GRADESCOES, GRADEHIGHEST, GRADEAVERAGE, GRADESUM). */
export const GRADE_METHODS = {
  "learning-objects": 0,
  highest: 1,
  average: 2,
  sum: 3,
} as const;
export type GradeMethod = keyof typeof GRADE_METHODS;

/** A SCO's stored elements (element → value), as the LMS keeps them for one attempt. */
export type StoredSco = Readonly<Record<string, string>>;

/** What `scorm_get_tracks` makes of a SCO's stored elements: a status and a raw score. */
interface ScoTrack {
  /** `cmi.core.lesson_status` (1.2) or `cmi.completion_status` (2004); never `cmi.success_status`. */
  status: string;
  /** `(float) sprintf('%2.2f', raw)`; undefined when nothing was stored (Moodle's initial ''). */
  scoreRaw: number | undefined;
}

const STATUS_ELEMENTS = new Set(["cmi.core.lesson_status", "cmi.completion_status"]);
const RAW_ELEMENTS = new Set(["cmi.core.score.raw", "cmi.score.raw"]);

function readTrack(stored: StoredSco): ScoTrack {
  let status = "";
  let scoreRaw: number | undefined;
  for (const [element, value] of Object.entries(stored)) {
    if (STATUS_ELEMENTS.has(element)) status = value === "not attempted" ? "notattempted" : value;
    if (RAW_ELEMENTS.has(element)) {
      const number = Number(value);
      // PHP's sprintf('%2.2f') reads text that is no number as 0.
      scoreRaw = Number.isFinite(number) ? Math.round(number * 100) / 100 : 0;
    }
  }
  return { status, scoreRaw };
}

/** PHP's `!empty($score_raw)`: '' and 0.0 are empty, so a raw of exactly 0 is never counted. */
const counts = (raw: number | undefined): raw is number => raw !== undefined && raw !== 0;

/** `scorm_grade_user_attempt`: one attempt's grade over the package's SCOs, in points. */
export function gradeAttempt(method: GradeMethod, scos: readonly StoredSco[]): number {
  let completedScos = 0;
  let values = 0;
  let max = 0;
  let sum = 0;
  for (const stored of scos) {
    // scorm_get_tracks returns false for a SCO the learner never opened.
    if (Object.keys(stored).length === 0) continue;
    const track = readTrack(stored);
    if (track.status === "completed" || track.status === "passed") completedScos += 1;
    if (counts(track.scoreRaw)) {
      values += 1;
      sum += track.scoreRaw;
      max = Math.max(max, track.scoreRaw);
    }
  }
  switch (method) {
    case "highest":
      return max;
    case "average":
      return values > 0 ? sum / values : 0;
    case "sum":
      return sum;
    case "learning-objects":
      return completedScos;
  }
}

/** An activity's grade against its grade item's maximum. */
export interface ActivityGrade {
  grade: number;
  max: number;
}

/**
 * One SCORM activity in the gradebook: "Learning objects" is out of the number of SCOs; every other
 * method out of the activity's maximum grade (default 100; an admin may set 0 for an ungraded one).
 * The gradebook bounds a grade to its item's range (a Sum over many SCOs stops at the maximum).
 */
export function activityGrade(
  method: GradeMethod,
  scos: readonly StoredSco[],
  maximumGrade = 100,
): ActivityGrade {
  const max = method === "learning-objects" ? scos.length : maximumGrade;
  return { grade: Math.min(max, gradeAttempt(method, scos)), max };
}

/** The course total under "Natural" aggregation (Moodle's default): points over points, as a percentage. */
export function courseTotalPercent(activities: readonly ActivityGrade[]): number {
  const max = activities.reduce((total, activity) => total + activity.max, 0);
  const grade = activities.reduce((total, activity) => total + activity.grade, 0);
  return max === 0 ? 0 : (grade / max) * 100;
}
