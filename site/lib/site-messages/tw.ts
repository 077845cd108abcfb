/**
 * The web edition's words in Twi (Akan, Asante spelling).
 *
 * AWAITS REVIEW BY A NATIVE SPEAKER. Written without one; must not be treated as final. It uses the
 * same words as the player's Twi catalogue (engine/runtime/messages/tw.ts): adesua = lesson,
 * adesua kwan = course, fã (plural afã) = part of the course, nkɔsoɔ = progress, mfiri = device.
 */
import { formatNumber, formatPercent, plural } from "../../../engine/runtime/messages/format.ts";
import type { CertificateScriptMessages, CourseScriptMessages, SiteMessages } from "./en.ts";

const lang = "tw";

/** The course page script's words (see `courseScriptEn`). */
export const courseScriptTw = {
  startCourse: "Hyɛ adesua kwan no aseɛ",
  lessonsDone: (done, total) =>
    `Woawie adesua ${formatNumber(lang, done)} wɔ ${formatNumber(lang, total)} mu. Yɛkora nkɔsoɔ wɔ mfiri yi so.`,
  reviewCourse: "San hwɛ adesua kwan no",
  continueCourse: "Toa so firi baabi a wogyinaeɛ",
  confirmReset: "Wopɛ sɛ wopepa wo nkɔsoɔ wɔ adesua kwan yi mu wɔ mfiri yi so?",
  savingOffline: (module) => `Yɛrekora “${module}” sɛdeɛ ɛbɛbue a intanɛt nni hɔ…`,
  savedOffline: (module) => `Yɛakora: “${module}” bɛbue seesei a intanɛt nhia.`,
  saveOfflineFailed: "Yɛantumi ankora. Hwɛ wo intanɛt na sɔ hwɛ bio.",
} satisfies CourseScriptMessages;

/** The certificate page script's words (see `certificateScriptEn`). */
export const certificateScriptTw = {
  nameMissing: "Kyerɛw wo din kane.",
  passedWithScore: (score, passMark) =>
    `na watwa nsɔhwɛ a ɛtwa toɔ no wɔ ${formatPercent(lang, score)} (deɛ ɛsɛ sɛ wunya na woatwa: ${formatPercent(lang, passMark)}).`,
  passedAtPassMark: (passMark) =>
    `na watwa nsɔhwɛ a ɛtwa toɔ no (deɛ ɛsɛ sɛ wunya na woatwa: ${formatPercent(lang, passMark)}).`,
  issuedOn: (date) => `Da: ${date}`,
} satisfies CertificateScriptMessages;

export const siteTw = {
  lang,
  ...courseScriptTw,
  ...certificateScriptTw,

  // Every page
  skipToContent: "Kɔ nsɛm titiriw no so tẽẽ",
  courses: "Adesua akwan",
  modules: (count) => plural(lang, count, { one: "Ɔfã #", other: "Afã #" }),
  lessons: (count) => plural(lang, count, { other: "Adesua #" }),
  aboutMinutes: (count) => plural(lang, count, { other: "bɛyɛ simma #" }),
  lessonMinutes: (count) => plural(lang, count, { other: "simma #" }),
  versionNamed: (version) => `nsesaeɛ ${version}`,
  licenceNamed: (licence) => `tumi krataa ${licence}`,
  languages: "Kasa ahodoɔ",
  courseLanguages: (title) => `${title}: kasa ahodoɔ`,

  // Catalogue of courses
  catalogueDescription:
    "Adesua akwan tiawa a wontua hwee; wobɛtumi de wo fon asua, sɛ intanɛt wɔ hɔ anaa ɛnni hɔ.",
  noCourses: "Adesua kwan biara nni ha seesei.",

  // Course page
  yourProgress: "Wo nkɔsoɔ",
  progressSavedHere: "Sɛ woresua a, yɛkora wo nkɔsoɔ wɔ mfiri yi so.",
  resetProgress: "Pepa me nkɔsoɔ",
  whatYouWillLearn: "Deɛ wobɛsua",
  modulesHeading: "Afã",
  lessonDoneMark: "woawie",
  saveModuleOffline: "Kora ɔfã yi na woatumi asua a intanɛt nni hɔ",
  finalAssessment: "Nsɔhwɛ a ɛtwa toɔ",
  takeAssessment: "Yɛ nsɔhwɛ a ɛtwa toɔ no",
  passMark: (percent) => `deɛ ɛsɛ sɛ wunya na woatwa: ${formatPercent(lang, percent)}`,
  more: "Nsɛm foforɔ",
  glossary: "Nsɛmfua nkyerɛaseɛ",
  creditsAndLicence: "Aseda ne tumi krataa",
  packagesLink: "Ma wɔn a wɔhwɛ adesua beaeɛ so: nkotoku",

  // Packages page (for platform admins)
  packagesDescription: (title) => `${title} nkotoku a wode bɛka adesua beaeɛ bi te sɛ Moodle anaa atingi ho.`,
  downloadHeading: "Twe gu wo adesua beaeɛ so",
  packagesIntro:
    "Saa fael yi yɛ ma wɔn a wɔhwɛ adesua beaeɛ so. Asuafoɔ nhia no: wɔbɛtumi asua adesua kwan no wɔ wɛbsaet yi so.",
  packagesChoice:
    "Deɛ ɛsɛ sɛ wopaw: wɔ Moodle anaa atingi so, fa SCORM 1.2 (Moodle app no bɔ SCORM 1.2 nko ara). Fa SCORM 2004 sɛ wo adesua beaeɛ bisa a nko, na fa xAPI anaa cmi5 sɛ wowɔ LRS bi a nko. Fa ɔfã biara ka ho sɛ adwuma ankasa, sɛdeɛ wɔatoto no, na afei nsɔhwɛ a ɛtwa toɔ no.",
  downloadPackage: "Kotoku",
  downloadSize: "Ne kɛseɛ",
  moduleNumbered: (number, title) => `Ɔfã ${formatNumber(lang, number)}: ${title}`,
  wholeCourse: "Adesua kwan no nyinaa",
  targetScorm12: "SCORM 1.2 (Moodle, atingi, ne Moodle app)",
  targetScorm2004: "SCORM 2004, nsesaeɛ a ɛtɔ so 4",
  targetXapi: "xAPI / TinCan (Moodle mod_tincanlaunch, ne LRS bi)",
  targetCmi5: "cmi5 (Moodle mod_cmi5launch, ne LRS bi)",
  targetMoodleXml: "Moodle XML (nsɛmmisa no, ma Moodle nsɔhwɛ)",
  kilobytes: (count) => `${formatNumber(lang, count)} KB`,
  megabytes: (count) =>
    `${formatNumber(lang, count, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`,

  // Lesson page
  goal: (objective) => `botaeɛ: ${objective}`,

  // Assessment page
  assessmentDescription: (title) => `Hwɛ deɛ wosuaa wɔ ${title} mu.`,
  questionCount: (count) => plural(lang, count, { other: "Wobɛyi nsɛmmisa # ano." }),
  passWith: (percent) => `Sɛ wunya ${formatPercent(lang, percent)} anaa deɛ ɛboro saa a, woatwa.`,
  unlimitedAttempts: "Wobɛtumi asɔ ahwɛ mpɛn dodoɔ biara a wopɛ.",
  attemptsAllowed: (count) => plural(lang, count, { other: "Wowɔ mmɔdenbɔ #." }),
  noAssessment: "Nsɔhwɛ a ɛtwa toɔ biara nni adesua kwan yi mu.",
  certificateOffer: "Woatwa nsɔhwɛ a ɛtwa toɔ no.",
  getCertificate: "Gye wo adansedie krataa",

  // Certificate page
  certificatePageTitle: "Wo adansedie krataa",
  certificateDescription: (title) =>
    `Adansedie krataa a ɛkyerɛ sɛ woawie ${title}; wobɛtumi atintim anaa woakora.`,
  certificateNotPassed: (percent) =>
    `Wobɛnya wo adansedie krataa bere a woatwa nsɔhwɛ a ɛtwa toɔ no wɔ ${formatPercent(lang, percent)} anaa deɛ ɛboro saa wɔ mfiri yi so.`,
  nameLabel: "Wo din, sɛdeɛ ɛsɛ sɛ ɛda adi wɔ krataa no so",
  nameStaysHere: "Wo din tena mfiri yi so. Yɛmfa nkɔ baabiara.",
  showCertificate: "Kyerɛ me adansedie krataa",
  printCertificate: "Tintim anaa kora sɛ PDF",
  certificateOfCompletion: "Adansedie krataa sɛ woawie",
  certifiesThat: "Yɛdi adanseɛ sɛ",
  completedCourse: "awie adesua kwan yi",

  // Glossary page
  glossaryDescription: (title) => `Nsɛmfua a wɔde di dwuma wɔ ${title} mu ne wɔn nkyerɛaseɛ.`,
  noGlossary: "Nsɛmfua nkyerɛaseɛ biara nni adesua kwan yi mu.",

  // Credits page
  credits: "Aseda",
  creditsDescription: (title) => `${title} akyerɛwfoɔ, baabi a nsɛm no firi ne ne tumi krataa.`,
  licenceSentenceStart: (title, version) => `Yɛatintim ${title}, nsesaeɛ ${version}, wɔ tumi krataa `,
  licenceSentenceEnd: " ase.",
  authors: "Akyerɛwfoɔ",
  otherCredits: "Baabi a nsɛm firi ne aseda foforɔ",
  creditBy: (by) => `${by} na ɔyɛeɛ`,
} satisfies SiteMessages;
