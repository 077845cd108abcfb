/**
 * The player's words in French. Awaiting review by a native speaker: a first translation, plain
 * words for small-business owners on phones (vous, short sentences). French punctuation takes a
 * narrow no-break space (U+202F) before : ; ? and inside « », as Intl's French percent does.
 */
import type { Messages } from "./en.ts";
import { formatNumber, formatPercent, plural } from "./format.ts";

const lang = "fr";

export const fr = {
  lang,

  // Player shell
  skipToContent: "Aller à la leçon",
  courseMenu: "Leçons",
  previous: "Précédent",
  next: "Suivant",
  nextLesson: "Leçon suivante",
  screenOf: (current, total) => `Écran ${formatNumber(lang, current)} sur ${formatNumber(lang, total)}`,
  progressLabel: "Progression",
  progressValue: (percent) => `${formatPercent(lang, percent)} terminé`,
  lessonDone: "Terminée",
  lessonCurrent: "Vous êtes ici",
  lessonNotStarted: "Pas commencée",
  lessonStarted: "Commencée",
  minutes: (count) => plural(lang, count, { one: "# minute", other: "# minutes" }),
  courseComplete: "Vous avez terminé ce cours.",
  moduleComplete: "Vous avez terminé cette partie du cours.",
  lessonComplete: "Vous avez terminé cette leçon.",
  answerRequired: "Répondez à la question de cet écran pour continuer.",
  credits: "À propos de ce cours",
  exit: "Quitter",
  creditsBack: "Retour à la leçon",
  creditsLicence: "Licence d’utilisation",
  creditsAuthors: "Auteurs",
  creditsSources: "Sources et remerciements",
  creditsVersion: (version) => `Version ${version}`,
  creditsBy: (by) => `par ${by}`,

  // Tracker notices
  noticeStandalone: "Seul cet appareil garde vos progrès.",
  noticeSavingFailed:
    "L’enregistrement de votre progression a échoué. Nous réessayons ; votre travail reste sur cet appareil.",
  noticeSavingRecovered: "Votre progression est de nouveau enregistrée.",
  noticeDeviceProgressSaved: "Votre progression sur cet appareil est maintenant enregistrée.",
  noticeOpenElsewhere:
    "Ce cours est ouvert dans une autre fenêtre. Ce que vous faites ici reste sur cet appareil jusqu’à ce que vous le rouvriez.",
  noticeRecordPartial: "Une partie de votre progression n’a pas pu être lue. Vous pouvez continuer d’ici.",
  noticeRecordReset: "Votre progression n’a pas pu être lue : le cours recommence au début.",
  dismiss: "Fermer",

  // Blocks
  transcript: "Texte de l’audio",
  showTranscript: "Voir le texte",
  hideTranscript: "Cacher le texte",
  audioUnsupported: "Votre navigateur ne peut pas lire cet audio. Lisez plutôt le texte.",
  calloutTip: "Astuce",
  calloutWarning: "Attention",
  calloutExample: "Exemple",
  calloutTakeaway: "À retenir",
  glossaryDefinition: (term) => `Sens de « ${term} »`,
  flipCardFront: "Retourner",
  flipCardBack: "Revenir",
  opensInNewWindow: "(s’ouvre dans une nouvelle fenêtre)",
  video: "Vidéo",
  videoUnsupported: "Votre navigateur ne peut pas lire cette vidéo. Lisez plutôt le texte.",
  videoTranscript: "Texte de la vidéo",
  captions: "Sous-titres",
  videoDetails: (amount, unit, minutes) => {
    const size = `${formatNumber(lang, amount)} ${unit === "KB" ? "Ko" : "Mo"}`;
    return minutes === undefined ? `Vidéo, ${size}` : `Vidéo, ${formatNumber(lang, minutes)} min, ${size}`;
  },

  // Interactions
  submit: "Vérifier",
  retry: "Réessayer",
  hint: "Voir un indice",
  showAnswer: "Voir la réponse",
  correct: "Bonne réponse",
  incorrect: "Pas tout à fait",
  partlyCorrect: "En partie juste",
  answered: "Réponse enregistrée",
  correctAnswerIs: "La bonne réponse",
  yourAnswer: "Votre réponse",
  attemptsLeft: (count) =>
    plural(lang, count, { one: "Il vous reste # essai", other: "Il vous reste # essais" }),
  noAttemptsLeft: "Vous n’avez plus d’essai.",
  charactersLeft: (count) =>
    plural(lang, count, { one: "# caractère restant", other: "# caractères restants" }),
  chooseMatch: "Choisissez la réponse qui va avec",
  matchFor: (item) => `Ce qui va avec « ${item} »`,
  moveUp: "Monter",
  moveDown: "Descendre",
  moveUpItem: (item) => `Monter : ${item}`,
  moveDownItem: (item) => `Descendre : ${item}`,
  movedTo: (item, position, total) =>
    `${item} est maintenant à la place ${formatNumber(lang, position)} sur ${formatNumber(lang, total)}`,
  chooseBucket: "Choisissez un groupe",
  bucketFor: (card) => `Groupe pour « ${card} »`,
  scenario: "Scénario",
  scenarioRestart: "Recommencer le scénario",
  scenarioChoices: "Que faites-vous ?",
  scenarioBestPath: "Le meilleur chemin",
  scenarioOutcomeBest: "Très bon résultat",
  scenarioOutcomeOkay: "Bon résultat",
  scenarioOutcomePoor: "Mauvais résultat",
  checklistDone: (done, total) => `${formatNumber(lang, done)} sur ${formatNumber(lang, total)} cochés`,
  reflectionPrivate: "Votre texte reste sur cet appareil. Il n’est jamais envoyé ailleurs.",
  modelAnswer: "Exemple de réponse",
  save: "Enregistrer",
  changeAnswer: "Changer ma réponse",
  requiredQuestion: "Obligatoire",

  // Assessment
  assessment: "Évaluation finale",
  assessmentIntro: (passMark) =>
    `Répondez aux questions, puis envoyez-les toutes ensemble. Il faut ${formatPercent(lang, passMark)} pour réussir.`,
  startAssessment: "Commencer l’évaluation",
  submitAssessment: "Envoyer mes réponses",
  questionOf: (current, total) => `Question ${formatNumber(lang, current)} sur ${formatNumber(lang, total)}`,
  assessmentScore: (percent) => `Votre score : ${formatPercent(lang, percent)}`,
  assessmentPassed: "Vous avez réussi.",
  assessmentFailed: (passMark) => `Il faut ${formatPercent(lang, passMark)} pour réussir.`,
  assessmentRetry: "Refaire l’évaluation",
  reviewLesson: "Revoir cette leçon",

  // Loading and errors
  noScript: "Ce cours a besoin de JavaScript. Activez-le, ou ouvrez le cours dans un autre navigateur.",
  loadFailed: "Le cours n’a pas pu être chargé.",
} satisfies Messages;
