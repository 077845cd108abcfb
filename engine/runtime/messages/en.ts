import { formatNumber, formatPercent, plural } from "./format.ts";

/** Typed as a string, so that every translation can give its own tag. */
const lang: string = "en";

/**
 * Every string the player shows a learner, in English. A translation copies this object with the
 * same keys (the `Messages` type checks it); functions take the values they interpolate.
 */
export const en = {
  /** BCP 47 tag of this catalogue (marks the player's own words when the course is in another language). */
  lang,

  // Player shell
  skipToContent: "Skip to the lesson",
  courseMenu: "Lessons",
  previous: "Previous",
  next: "Next",
  nextLesson: "Next lesson",
  screenOf: (current: number, total: number) =>
    `Screen ${formatNumber(lang, current)} of ${formatNumber(lang, total)}`,
  progressLabel: "Progress",
  progressValue: (percent: number) => `${formatPercent(lang, percent)} done`,
  lessonDone: "Done",
  lessonCurrent: "You are here",
  lessonNotStarted: "Not started",
  lessonStarted: "Started",
  minutes: (count: number) => plural(lang, count, { one: "# minute", other: "# minutes" }),
  courseComplete: "You have completed this course.",
  moduleComplete: "You have completed this part of the course.",
  lessonComplete: "You have completed this lesson.",
  answerRequired: "Answer the question on this screen to go on.",
  credits: "About this course",
  exit: "Exit",
  creditsBack: "Back to the lesson",
  creditsLicence: "Licence",
  creditsAuthors: "Authors",
  creditsSources: "Sources and credits",
  creditsVersion: (version: string) => `Version ${version}`,
  creditsBy: (by: string) => `by ${by}`,

  // Tracker notices
  noticeStandalone: "Progress saved on this device only.",
  noticeSavingFailed: "Saving your progress failed. We keep trying; your work is kept on this device.",
  noticeSavingRecovered: "Your progress is saved again.",
  noticeDeviceProgressSaved: "Your progress from this device is now saved.",
  noticeOpenElsewhere: "This is open in another window. Work here stays on this device until you reopen it.",
  noticeRecordPartial: "Part of your saved progress could not be read. You can go on from here.",
  noticeRecordReset: "Your saved progress could not be read, so the course starts again.",
  dismiss: "Dismiss",

  // Blocks
  transcript: "Transcript",
  showTranscript: "Show transcript",
  hideTranscript: "Hide transcript",
  audioUnsupported: "Your browser cannot play this audio. Read the transcript instead.",
  calloutTip: "Tip",
  calloutWarning: "Warning",
  calloutExample: "Example",
  calloutTakeaway: "Key point",
  glossaryDefinition: (term: string) => `Meaning of “${term}”`,
  flipCardFront: "Turn over",
  flipCardBack: "Turn back",
  opensInNewWindow: "(opens in a new window)",
  video: "Video",
  videoUnsupported: "Your browser cannot play this video. Read the transcript instead.",
  videoTranscript: "Video transcript",
  captions: "Captions",
  /** Shown before the video loads: its download size and, when the author gave it, its length. */
  videoDetails: (amount: number, unit: "KB" | "MB", minutes?: number) =>
    `Video, ${minutes === undefined ? "" : `${formatNumber(lang, minutes)} min, `}${formatNumber(lang, amount)} ${unit}`,

  // Interactions
  submit: "Check answer",
  retry: "Try again",
  hint: "Show hint",
  showAnswer: "Show answer",
  correct: "Correct",
  incorrect: "Not quite",
  partlyCorrect: "Partly correct",
  answered: "Answer saved",
  correctAnswerIs: "The right answer",
  /** Beside the learner's own choice once an answer is checked. */
  yourAnswer: "Your answer",
  attemptsLeft: (count: number) => plural(lang, count, { one: "# try left", other: "# tries left" }),
  noAttemptsLeft: "No tries left.",
  charactersLeft: (count: number) =>
    plural(lang, count, { one: "# character left", other: "# characters left" }),
  chooseMatch: "Choose a match",
  matchFor: (item: string) => `Match for “${item}”`,
  moveUp: "Move up",
  moveDown: "Move down",
  moveUpItem: (item: string) => `Move up: ${item}`,
  moveDownItem: (item: string) => `Move down: ${item}`,
  movedTo: (item: string, position: number, total: number) =>
    `${item} moved to position ${formatNumber(lang, position)} of ${formatNumber(lang, total)}`,
  chooseBucket: "Choose a group",
  bucketFor: (card: string) => `Group for “${card}”`,
  /** The name of a scenario that starts without a question. */
  scenario: "Scenario",
  scenarioRestart: "Start the scenario again",
  scenarioChoices: "What do you do?",
  scenarioBestPath: "The best way through",
  scenarioOutcomeBest: "Best outcome",
  scenarioOutcomeOkay: "Good outcome",
  scenarioOutcomePoor: "Poor outcome",
  checklistDone: (done: number, total: number) =>
    `${formatNumber(lang, done)} of ${formatNumber(lang, total)} checked`,
  reflectionPrivate: "Your text stays on this device. It is never sent anywhere.",
  modelAnswer: "Example answer",
  save: "Save",
  changeAnswer: "Change my answer",
  requiredQuestion: "Required",

  // Assessment
  assessment: "Final assessment",
  assessmentIntro: (passMark: number) =>
    `Answer the questions, then submit them together. You need ${formatPercent(lang, passMark)} to pass.`,
  startAssessment: "Start the assessment",
  submitAssessment: "Submit my answers",
  questionOf: (current: number, total: number) =>
    `Question ${formatNumber(lang, current)} of ${formatNumber(lang, total)}`,
  assessmentScore: (percent: number) => `Your score: ${formatPercent(lang, percent)}`,
  assessmentPassed: "You passed.",
  assessmentFailed: (passMark: number) => `You need ${formatPercent(lang, passMark)} to pass.`,
  assessmentRetry: "Try the assessment again",
  reviewLesson: "Review this lesson",

  // Loading and errors
  noScript: "This course needs JavaScript. Please turn it on, or open the course in another browser.",
  loadFailed: "The course could not be loaded.",
};

export type Messages = typeof en;

/** Keys of the plain-text messages (not the functions), for tables that map states to words. */
export type TextKey = { [Key in keyof Messages]: Messages[Key] extends string ? Key : never }[keyof Messages];
