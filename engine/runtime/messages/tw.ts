/**
 * The player's words in Twi (Akan, Asante spelling with ɛ and ɔ).
 *
 * AWAITS REVIEW BY A NATIVE SPEAKER. This catalogue was written without one and must not be treated
 * as final: wording, spelling and tone all need a Twi-speaking reviewer (ideally one who knows the
 * learners: small-business owners on phones) before a course ships with it.
 *
 * Words used throughout, to keep them consistent when reviewed: adesua = lesson, adesua kwan = course,
 * fã = part of the course, nkɔsoɔ = progress, mmuaeɛ = answer, nsɔhwɛ = assessment, mfiri = device.
 * Numbers: Intl knows Twi as Akan (`ak`), whose plural rules are one (0 and 1) and other.
 */
import type { Messages } from "./en.ts";
import { formatNumber, formatPercent, plural } from "./format.ts";

const lang = "tw";

export const tw = {
  lang,

  // Player shell
  skipToContent: "Kɔ adesua no so tẽẽ",
  courseMenu: "Adesua ahodoɔ",
  previous: "San w’akyi",
  next: "Toa so",
  nextLesson: "Adesua a ɛdi hɔ",
  screenOf: (current, total) => `Kratafa ${formatNumber(lang, current)} wɔ ${formatNumber(lang, total)} mu`,
  progressLabel: "Nkɔsoɔ",
  progressValue: (percent) => `Woawie ${formatPercent(lang, percent)}`,
  lessonDone: "Woawie",
  lessonCurrent: "Wowɔ ha",
  lessonNotStarted: "Wonhyɛɛ aseɛ",
  lessonStarted: "Woahyɛ aseɛ",
  minutes: (count) => plural(lang, count, { other: "simma #" }),
  courseComplete: "Woawie adesua kwan yi.",
  moduleComplete: "Woawie adesua kwan yi fã yi.",
  lessonComplete: "Woawie adesua yi.",
  answerRequired: "Yi asɛmmisa a ɛwɔ kratafa yi so ano ansa na woatoa so.",
  credits: "Adesua kwan yi ho nsɛm",
  exit: "Fi mu",
  creditsBack: "San kɔ adesua no mu",
  creditsLicence: "Tumi krataa",
  creditsAuthors: "Akyerɛwfoɔ",
  creditsSources: "Baabi a nsɛm no firi ne aseda",
  creditsVersion: (version) => `Nsesaeɛ ${version}`,
  creditsBy: (by) => `${by} na ɔyɛeɛ`,

  // Tracker notices
  noticeStandalone: "Wo nkɔsoɔ tena mfiri yi so nko ara.",
  noticeSavingFailed: "Yɛantumi ankora wo nkɔsoɔ. Yɛresan abɔ mmɔden; wo adwuma da so wɔ mfiri yi so.",
  noticeSavingRecovered: "Yɛakora wo nkɔsoɔ bio.",
  noticeDeviceProgressSaved: "Seesei yɛakora wo nkɔsoɔ a ɛwɔ mfiri yi so.",
  noticeOpenElsewhere:
    "Wobue eyi wɔ mfɛnsere foforɔ mu. Adwuma a woyɛ wɔ ha bɛtena mfiri yi so kosi sɛ wobɛsan abue no.",
  noticeRecordPartial: "Yɛantumi ankenkan wo nkɔsoɔ no fã bi. Wobɛtumi atoa so afiri ha.",
  noticeRecordReset: "Yɛantumi ankenkan wo nkɔsoɔ no, enti adesua kwan no refiri aseɛ bio.",
  dismiss: "Yi fi hɔ",

  // Blocks
  transcript: "Nsɛm a wɔakyerɛw",
  showTranscript: "Kyerɛ nsɛm a wɔakyerɛw no",
  hideTranscript: "Fa nsɛm a wɔakyerɛw no sie",
  audioUnsupported: "Wo browser ntumi mmɔ nne yi. Kenkan nsɛm a wɔakyerɛw no mmom.",
  calloutTip: "Afotuo",
  calloutWarning: "Kɔkɔbɔ",
  calloutExample: "Nhwɛsoɔ",
  calloutTakeaway: "Asɛm titiriw",
  glossaryDefinition: (term) => `“${term}” nkyerɛaseɛ`,
  flipCardFront: "Dane krataa no",
  flipCardBack: "San dane krataa no",
  opensInNewWindow: "(ebue wɔ mfɛnsere foforɔ mu)",
  video: "Video",
  videoUnsupported: "Wo browser ntumi mmɔ video yi. Kenkan nsɛm a wɔakyerɛw no mmom.",
  videoTranscript: "Video no nsɛm a wɔakyerɛw",
  captions: "Nsɛm a ɛda video no so",
  videoDetails: (amount, unit, minutes) => {
    const size = `${formatNumber(lang, amount)} ${unit}`;
    return minutes === undefined ? `Video, ${size}` : `Video, simma ${formatNumber(lang, minutes)}, ${size}`;
  },

  // Interactions
  submit: "Hwɛ wo mmuaeɛ",
  retry: "Sɔ hwɛ bio",
  hint: "Kyerɛ mmoa kakra",
  showAnswer: "Kyerɛ mmuaeɛ no",
  correct: "Ɛteɛ",
  incorrect: "Ɛnteɛ pɛpɛɛpɛ",
  partlyCorrect: "Ne fã bi teɛ",
  answered: "Yɛakora wo mmuaeɛ",
  correctAnswerIs: "Mmuaeɛ a ɛteɛ",
  yourAnswer: "Wo mmuaeɛ",
  attemptsLeft: (count) => plural(lang, count, { other: "Mmɔdenbɔ # na aka" }),
  noAttemptsLeft: "Mmɔdenbɔ biara nka bio.",
  charactersLeft: (count) => plural(lang, count, { other: "Nkyerɛwdeɛ # na aka" }),
  chooseMatch: "Yi deɛ ɛne no hyia",
  matchFor: (item) => `Deɛ ɛne “${item}” hyia`,
  moveUp: "Fa kɔ soro",
  moveDown: "Fa kɔ fam",
  moveUpItem: (item) => `Fa kɔ soro: ${item}`,
  moveDownItem: (item) => `Fa kɔ fam: ${item}`,
  movedTo: (item, position, total) =>
    `${item} kɔ baabi a ɛtɔ so ${formatNumber(lang, position)} wɔ ${formatNumber(lang, total)} mu`,
  chooseBucket: "Yi kuo bi",
  bucketFor: (card) => `Kuo ma “${card}”`,
  scenario: "Asɛm bi",
  scenarioRestart: "Fi asɛm no ase bio",
  scenarioChoices: "Ɛdeɛn na wobɛyɛ?",
  scenarioBestPath: "Ɔkwan a ɛyɛ sene biara",
  scenarioOutcomeBest: "Awieeɛ a ɛyɛ sene biara",
  scenarioOutcomeOkay: "Awieeɛ pa",
  scenarioOutcomePoor: "Awieeɛ a ɛnyɛ",
  checklistDone: (done, total) =>
    `Woahyɛ ${formatNumber(lang, done)} wɔ ${formatNumber(lang, total)} mu agyirae`,
  reflectionPrivate: "Wo nsɛm no tena mfiri yi so. Yɛmfa nkɔ baabiara da.",
  modelAnswer: "Mmuaeɛ nhwɛsoɔ",
  save: "Kora so",
  changeAnswer: "Sesa me mmuaeɛ",
  requiredQuestion: "Ɛho hia",

  // Assessment
  assessment: "Nsɔhwɛ a ɛtwa toɔ",
  assessmentIntro: (passMark) =>
    `Yi nsɛmmisa no ano, na fa ne nyinaa mena bom. Ɛsɛ sɛ wunya ${formatPercent(lang, passMark)} ansa na woatwa.`,
  startAssessment: "Fi nsɔhwɛ no ase",
  submitAssessment: "Fa me mmuaeɛ no mena",
  questionOf: (current, total) =>
    `Asɛmmisa ${formatNumber(lang, current)} wɔ ${formatNumber(lang, total)} mu`,
  assessmentScore: (percent) => `Deɛ wonyaeɛ: ${formatPercent(lang, percent)}`,
  assessmentPassed: "Woatwa.",
  assessmentFailed: (passMark) => `Ɛsɛ sɛ wunya ${formatPercent(lang, passMark)} ansa na woatwa.`,
  assessmentRetry: "Sɔ nsɔhwɛ no hwɛ bio",
  reviewLesson: "San hwɛ adesua yi",

  // Loading and errors
  noScript: "Adesua kwan yi hia JavaScript. Yɛsrɛ wo, bue no, anaa bue adesua kwan no wɔ browser foforɔ mu.",
  loadFailed: "Adesua kwan no antumi ammue.",
} satisfies Messages;
