import { formatNumber, formatPercent, plural } from "../../../engine/runtime/messages/format.ts";

/** Typed as a string, so that every translation can give its own tag. */
const lang: string = "en";

/**
 * Every word the web edition's pages show around a course, in English (the player's own words are in
 * engine/runtime/messages). A translation copies this object with the same keys (`SiteMessages`).
 */
/**
 * The words the course page's script shows as the learner goes (site/scripts/course-page.ts), kept
 * apart so that the script carries only these, not every page's words in every language.
 */
export const courseScriptEn = {
  startCourse: "Start the course",
  lessonsDone: (done: number, total: number) =>
    `${formatNumber(lang, done)} of ${formatNumber(lang, total)} lessons done. Progress is saved on this device.`,
  reviewCourse: "Review the course",
  continueCourse: "Continue where you left off",
  confirmReset: "Reset your progress in this course on this device?",
  savingOffline: (module: string) => `Saving “${module}” for offline use…`,
  savedOffline: (module: string) => `Saved: “${module}” now opens without internet.`,
  saveOfflineFailed: "Could not save. Check your connection and try again.",
};

/** The words the certificate page's script shows (site/scripts/certificate-page.ts), apart like those above. */
export const certificateScriptEn = {
  nameMissing: "Type your name first.",
  passedWithScore: (score: number, passMark: number) =>
    `and passed the final assessment with a score of ${formatPercent(lang, score)} (pass mark ${formatPercent(lang, passMark)}).`,
  passedAtPassMark: (passMark: number) =>
    `and passed the final assessment (pass mark ${formatPercent(lang, passMark)}).`,
  issuedOn: (date: string) => `Issued on ${date}`,
};

export const siteEn = {
  lang,
  ...courseScriptEn,
  ...certificateScriptEn,

  // Every page
  skipToContent: "Skip to content",
  courses: "Courses",
  modules: (count: number) => plural(lang, count, { one: "# module", other: "# modules" }),
  lessons: (count: number) => plural(lang, count, { one: "# lesson", other: "# lessons" }),
  aboutMinutes: (count: number) => plural(lang, count, { one: "about # minute", other: "about # minutes" }),
  lessonMinutes: (count: number) => `${formatNumber(lang, count)} min`,
  versionNamed: (version: string) => `version ${version}`,
  licenceNamed: (licence: string) => `licence ${licence}`,
  languages: "Languages",
  courseLanguages: (title: string) => `${title}: languages`,

  // Catalogue of courses
  catalogueDescription: "Free short courses you can take on your phone, online or offline.",
  noCourses: "There are no courses here yet.",

  // Course page
  yourProgress: "Your progress",
  progressSavedHere: "Progress is saved on this device as you learn.",
  resetProgress: "Reset my progress",
  whatYouWillLearn: "What you will learn",
  modulesHeading: "Modules",
  lessonDoneMark: "done",
  saveModuleOffline: "Save this module for offline",
  finalAssessment: "Final assessment",
  takeAssessment: "Take the final assessment",
  passMark: (percent: number) => `pass mark ${formatPercent(lang, percent)}`,
  more: "More",
  glossary: "Glossary",
  creditsAndLicence: "Credits and licence",
  packagesLink: "For platform admins: packages",

  // Packages page (for platform admins)
  packagesDescription: (title: string) =>
    `Packages of ${title} to add to a learning platform such as Moodle or atingi.`,
  downloadHeading: "Download for your learning platform",
  packagesIntro:
    "These files are for the people who run a learning platform. Learners do not need them: they can take the course on this site.",
  packagesChoice:
    "Which to choose: on Moodle or atingi, use SCORM 1.2 (the Moodle app plays only SCORM 1.2). Use SCORM 2004 only if your platform asks for it, and xAPI or cmi5 only with a learning record store (LRS). Add each module as its own activity, in order, then the final assessment.",
  downloadPackage: "Package",
  downloadSize: "Size",
  moduleNumbered: (number: number, title: string) => `Module ${formatNumber(lang, number)}: ${title}`,
  wholeCourse: "Whole course",
  targetScorm12: "SCORM 1.2 (Moodle, atingi, Moodle app)",
  targetScorm2004: "SCORM 2004 4th edition",
  targetXapi: "xAPI / TinCan (Moodle mod_tincanlaunch, with an LRS)",
  targetCmi5: "cmi5 (Moodle mod_cmi5launch, with an LRS)",
  targetMoodleXml: "Moodle XML (the questions, for a Moodle quiz)",
  kilobytes: (count: number) => `${formatNumber(lang, count)} KB`,
  megabytes: (count: number) =>
    `${formatNumber(lang, count, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`,

  // Lesson page
  goal: (objective: string) => `goal: ${objective}`,

  // Assessment page
  assessmentDescription: (title: string) => `Check what you learned in ${title}.`,
  questionCount: (count: number) =>
    plural(lang, count, { one: "You answer # question.", other: "You answer # questions." }),
  passWith: (percent: number) => `You pass with ${formatPercent(lang, percent)} or more.`,
  unlimitedAttempts: "You can try as often as you like.",
  attemptsAllowed: (count: number) =>
    plural(lang, count, { one: "You have # attempt.", other: "You have # attempts." }),
  noAssessment: "This course has no final assessment.",
  certificateOffer: "You passed the final assessment.",
  getCertificate: "Get your certificate",

  // Certificate page
  certificatePageTitle: "Your certificate",
  certificateDescription: (title: string) => `A certificate of completion for ${title}, to print or save.`,
  certificateNotPassed: (percent: number) =>
    `You get your certificate once you pass the final assessment with ${formatPercent(lang, percent)} or more on this device.`,
  nameLabel: "Your name, as it should appear on the certificate",
  nameStaysHere: "Your name stays on this device. It is not sent anywhere.",
  showCertificate: "Show my certificate",
  printCertificate: "Print or save as PDF",
  certificateOfCompletion: "Certificate of completion",
  certifiesThat: "This is to certify that",
  completedCourse: "has completed the course",

  // Glossary page
  glossaryDescription: (title: string) => `Words used in ${title}, explained.`,
  noGlossary: "This course has no glossary.",

  // Credits page
  credits: "Credits",
  creditsDescription: (title: string) => `Authors, sources and licence of ${title}.`,
  /** Words before the licence's name (shown in bold), then `licenceSentenceEnd`. */
  licenceSentenceStart: (title: string, version: string) =>
    `${title}, version ${version}, is published under the licence `,
  licenceSentenceEnd: ".",
  authors: "Authors",
  otherCredits: "Sources and other credits",
  creditBy: (by: string) => `by ${by}`,
};

export type SiteMessages = typeof siteEn;
export type CourseScriptMessages = typeof courseScriptEn;
export type CertificateScriptMessages = typeof certificateScriptEn;
