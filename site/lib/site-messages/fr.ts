/**
 * The web edition's words in French. Awaiting review by a native speaker: a first translation
 * (vous, plain words). Narrow no-break spaces (U+202F) before : ; ? and inside « », as in the player.
 */
import { formatNumber, formatPercent, plural } from "../../../engine/runtime/messages/format.ts";
import type { CourseScriptMessages, SiteMessages } from "./en.ts";

const lang = "fr";

/** The course page script's words (see `courseScriptEn`). */
export const courseScriptFr = {
  startCourse: "Commencer le cours",
  lessonsDone: (done, total) =>
    plural(lang, done, {
      one: `# leçon terminée sur ${formatNumber(lang, total)}. La progression est enregistrée sur cet appareil.`,
      other: `# leçons terminées sur ${formatNumber(lang, total)}. La progression est enregistrée sur cet appareil.`,
    }),
  reviewCourse: "Revoir le cours",
  continueCourse: "Reprendre là où vous en étiez",
  confirmReset: "Effacer votre progression dans ce cours sur cet appareil ?",
  savingOffline: (module) => `Enregistrement de « ${module} » pour l’utiliser hors ligne…`,
  savedOffline: (module) => `Enregistré : « ${module} » s’ouvre maintenant sans internet.`,
  saveOfflineFailed: "Impossible d’enregistrer. Vérifiez votre connexion et réessayez.",
} satisfies CourseScriptMessages;

export const siteFr = {
  lang,
  ...courseScriptFr,

  // Every page
  skipToContent: "Aller au contenu",
  courses: "Cours",
  modules: (count) => plural(lang, count, { one: "# module", other: "# modules" }),
  lessons: (count) => plural(lang, count, { one: "# leçon", other: "# leçons" }),
  aboutMinutes: (count) => plural(lang, count, { one: "environ # minute", other: "environ # minutes" }),
  lessonMinutes: (count) => `${formatNumber(lang, count)} min`,
  versionNamed: (version) => `version ${version}`,
  licenceNamed: (licence) => `sous licence ${licence}`,
  languages: "Langues",
  courseLanguages: (title) => `${title} : langues`,

  // Catalogue of courses
  catalogueDescription: "Des cours courts et gratuits à suivre sur votre téléphone, avec ou sans internet.",

  // Course page
  yourProgress: "Votre progression",
  progressSavedHere: "Votre progression est enregistrée sur cet appareil pendant que vous apprenez.",
  resetProgress: "Effacer ma progression",
  whatYouWillLearn: "Ce que vous allez apprendre",
  modulesHeading: "Modules",
  lessonDoneMark: "terminée",
  saveModuleOffline: "Enregistrer ce module pour l’utiliser hors ligne",
  finalAssessment: "Évaluation finale",
  takeAssessment: "Passer l’évaluation finale",
  passMark: (percent) => `seuil de réussite : ${formatPercent(lang, percent)}`,
  more: "Et aussi",
  glossary: "Glossaire",
  creditsAndLicence: "Crédits et licence",
  downloadHeading: "Télécharger pour votre plateforme de formation",
  downloadPackage: "Paquet",
  downloadFormat: "Format",
  downloadSize: "Taille",
  wholeCourse: "tout le cours",
  targetScorm12: "SCORM 1.2 (Moodle, atingi, appli Moodle)",
  targetScorm2004: "SCORM 2004, 4e édition",
  targetXapi: "xAPI / TinCan (Moodle mod_tincanlaunch, avec un LRS)",
  targetCmi5: "cmi5 (Moodle mod_cmi5launch, avec un LRS)",
  kilobytes: (count) => `${formatNumber(lang, count)} Ko`,
  megabytes: (count) =>
    `${formatNumber(lang, count, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} Mo`,

  // Lesson page
  goal: (objective) => `objectif : ${objective}`,
  lessonPager: "Leçon précédente et leçon suivante",

  // Assessment page
  assessmentDescription: (title) => `Vérifiez ce que vous avez appris dans ${title}.`,
  questionCount: (count) =>
    plural(lang, count, { one: "Vous répondez à # question.", other: "Vous répondez à # questions." }),
  passWith: (percent) => `Vous réussissez avec ${formatPercent(lang, percent)} ou plus.`,
  unlimitedAttempts: "Vous pouvez essayer autant de fois que vous voulez.",
  attemptsAllowed: (count) =>
    plural(lang, count, { one: "Vous avez # essai.", other: "Vous avez # essais." }),
  noAssessment: "Ce cours n’a pas d’évaluation finale.",

  // Glossary page
  glossaryDescription: (title) => `Les mots utilisés dans ${title}, expliqués.`,
  noGlossary: "Ce cours n’a pas de glossaire.",

  // Credits page
  credits: "Crédits",
  creditsDescription: (title) => `Auteurs, sources et licence de ${title}.`,
  licenceSentenceStart: (title, version) => `${title}, version ${version}, est publié sous la licence `,
  licenceSentenceEnd: ".",
  authors: "Auteurs",
  otherCredits: "Sources et autres crédits",
  creditBy: (by) => `par ${by}`,
} satisfies SiteMessages;
