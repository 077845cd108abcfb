/**
 * The web edition's words in French. Awaiting review by a native speaker: a first translation
 * (vous, plain words). Narrow no-break spaces (U+202F) before : ; ? and inside « », as in the player.
 */
import { formatNumber, formatPercent, plural } from "../../../engine/runtime/messages/format.ts";
import type { CertificateScriptMessages, CourseScriptMessages, SiteMessages } from "./en.ts";

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

/** The certificate page script's words (see `certificateScriptEn`). */
export const certificateScriptFr = {
  nameMissing: "Écrivez d’abord votre nom.",
  passedWithScore: (score, passMark) =>
    `et a réussi l’évaluation finale avec un score de ${formatPercent(lang, score)} (seuil de réussite : ${formatPercent(lang, passMark)}).`,
  passedAtPassMark: (passMark) =>
    `et a réussi l’évaluation finale (seuil de réussite : ${formatPercent(lang, passMark)}).`,
  issuedOn: (date) => `Délivré le ${date}`,
} satisfies CertificateScriptMessages;

export const siteFr = {
  lang,
  ...courseScriptFr,
  ...certificateScriptFr,

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
  noCourses: "Il n’y a pas encore de cours ici.",

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
  packagesLink: "Pour les administrateurs de plateforme : paquets",

  // Packages page (for platform admins)
  packagesDescription: (title) =>
    `Les paquets de ${title} à ajouter à une plateforme de formation comme Moodle ou atingi.`,
  downloadHeading: "Télécharger pour votre plateforme de formation",
  packagesIntro:
    "Ces fichiers sont pour les personnes qui gèrent une plateforme de formation. Les apprenants n’en ont pas besoin : ils peuvent suivre le cours sur ce site.",
  packagesChoice:
    "Lequel choisir ? Sur Moodle ou atingi, prenez SCORM 1.2 (l’appli Moodle ne lit que SCORM 1.2). Prenez SCORM 2004 seulement si votre plateforme le demande, et xAPI ou cmi5 seulement avec un entrepôt de traces d’apprentissage (LRS). Ajoutez chaque module comme une activité, dans l’ordre, puis l’évaluation finale.",
  downloadPackage: "Paquet",
  downloadSize: "Taille",
  moduleNumbered: (number, title) => `Module ${formatNumber(lang, number)} : ${title}`,
  wholeCourse: "Tout le cours",
  targetScorm12: "SCORM 1.2 (Moodle, atingi, appli Moodle)",
  targetScorm2004: "SCORM 2004, 4e édition",
  targetXapi: "xAPI / TinCan (Moodle mod_tincanlaunch, avec un LRS)",
  targetCmi5: "cmi5 (Moodle mod_cmi5launch, avec un LRS)",
  targetMoodleXml: "Moodle XML (les questions, pour un test Moodle)",
  kilobytes: (count) => `${formatNumber(lang, count)} Ko`,
  megabytes: (count) =>
    `${formatNumber(lang, count, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} Mo`,

  // Lesson page
  goal: (objective) => `objectif : ${objective}`,

  // Assessment page
  assessmentDescription: (title) => `Vérifiez ce que vous avez appris dans ${title}.`,
  questionCount: (count) =>
    plural(lang, count, { one: "Vous répondez à # question.", other: "Vous répondez à # questions." }),
  passWith: (percent) => `Vous réussissez avec ${formatPercent(lang, percent)} ou plus.`,
  unlimitedAttempts: "Vous pouvez essayer autant de fois que vous voulez.",
  attemptsAllowed: (count) =>
    plural(lang, count, { one: "Vous avez # essai.", other: "Vous avez # essais." }),
  noAssessment: "Ce cours n’a pas d’évaluation finale.",
  certificateOffer: "Vous avez réussi l’évaluation finale.",
  getCertificate: "Obtenir votre certificat",

  // Certificate page
  certificatePageTitle: "Votre certificat",
  certificateDescription: (title) => `Un certificat de réussite pour ${title}, à imprimer ou à enregistrer.`,
  certificateNotPassed: (percent) =>
    `Vous obtenez votre certificat quand vous réussissez l’évaluation finale avec ${formatPercent(lang, percent)} ou plus sur cet appareil.`,
  nameLabel: "Votre nom, tel qu’il doit figurer sur le certificat",
  nameStaysHere: "Votre nom reste sur cet appareil. Il n’est envoyé nulle part.",
  showCertificate: "Afficher mon certificat",
  printCertificate: "Imprimer ou enregistrer en PDF",
  certificateOfCompletion: "Certificat de réussite",
  certifiesThat: "Nous certifions que",
  completedCourse: "a terminé le cours",

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
