/**
 * The player's words in Arabic (Modern Standard Arabic). Awaiting review by a native speaker: a first
 * translation in plain words. Counts take all six Arabic plural forms (Intl.PluralRules("ar")).
 */
import type { Messages } from "./en.ts";
import { formatNumber, formatPercent, type PluralForms, plural } from "./format.ts";

const lang = "ar";

/** "# minutes" in Arabic's six plural forms (the web edition's lesson lengths use them too). */
export const ARABIC_MINUTES: PluralForms = {
  zero: "# دقيقة",
  one: "دقيقة واحدة",
  two: "دقيقتان",
  few: "# دقائق",
  many: "# دقيقة",
  other: "# دقيقة",
};

export const ar = {
  lang,

  // Player shell
  skipToContent: "انتقل إلى الدرس",
  courseMenu: "الدروس",
  previous: "السابق",
  next: "التالي",
  nextLesson: "الدرس التالي",
  screenOf: (current, total) => `الشاشة ${formatNumber(lang, current)} من ${formatNumber(lang, total)}`,
  progressLabel: "التقدم",
  progressValue: (percent) => `أنجزت ${formatPercent(lang, percent)}`,
  lessonDone: "مكتمل",
  lessonCurrent: "أنت هنا",
  lessonNotStarted: "لم يبدأ بعد",
  lessonStarted: "قيد الدراسة",
  minutes: (count) => plural(lang, count, ARABIC_MINUTES),
  courseComplete: "لقد أكملت هذه الدورة.",
  moduleComplete: "لقد أكملت هذا الجزء من الدورة.",
  lessonComplete: "لقد أكملت هذا الدرس.",
  answerRequired: "أجب عن السؤال في هذه الشاشة لتتابع.",
  credits: "عن هذه الدورة",
  exit: "خروج",
  creditsBack: "العودة إلى الدرس",
  creditsLicence: "الترخيص",
  creditsAuthors: "المؤلفون",
  creditsSources: "المصادر والشكر",
  creditsVersion: (version) => `الإصدار ${version}`,
  creditsBy: (by) => `بواسطة ${by}`,

  // Tracker notices
  noticeStandalone: "يُحفظ تقدمك على هذا الجهاز فقط.",
  noticeSavingFailed: "تعذّر حفظ تقدمك. سنواصل المحاولة، وعملك محفوظ على هذا الجهاز.",
  noticeSavingRecovered: "تم حفظ تقدمك من جديد.",
  noticeDeviceProgressSaved: "تم الآن حفظ تقدمك من هذا الجهاز.",
  noticeOpenElsewhere: "الدورة مفتوحة في نافذة أخرى. ما تفعله هنا يبقى على هذا الجهاز حتى تعيد فتحها.",
  noticeRecordPartial: "تعذّرت قراءة جزء من تقدمك المحفوظ. يمكنك المتابعة من هنا.",
  noticeRecordReset: "تعذّرت قراءة تقدمك المحفوظ، لذلك تبدأ الدورة من جديد.",
  dismiss: "إغلاق",

  // Blocks
  transcript: "النص المكتوب",
  showTranscript: "اعرض النص المكتوب",
  hideTranscript: "أخفِ النص المكتوب",
  audioUnsupported: "لا يستطيع متصفحك تشغيل هذا الصوت. اقرأ النص المكتوب بدلًا منه.",
  calloutTip: "نصيحة",
  calloutWarning: "تحذير",
  calloutExample: "مثال",
  calloutTakeaway: "فكرة مهمة",
  glossaryDefinition: (term) => `معنى «${term}»`,
  flipCardFront: "اقلب البطاقة",
  flipCardBack: "أرجع البطاقة",
  opensInNewWindow: "(يُفتح في نافذة جديدة)",
  video: "فيديو",
  videoUnsupported: "لا يستطيع متصفحك تشغيل هذا الفيديو. اقرأ النص المكتوب بدلًا منه.",
  videoTranscript: "النص المكتوب للفيديو",
  captions: "الترجمة النصية",
  videoDetails: (amount, unit, minutes) => {
    const size = `${formatNumber(lang, amount)} ${unit === "KB" ? "كيلوبايت" : "ميغابايت"}`;
    return minutes === undefined
      ? `فيديو، ${size}`
      : `فيديو، ${plural(lang, minutes, ARABIC_MINUTES)}، ${size}`;
  },

  // Interactions
  submit: "تحقّق من الإجابة",
  retry: "حاول مرة أخرى",
  hint: "اعرض تلميحًا",
  showAnswer: "اعرض الإجابة",
  correct: "صحيح",
  incorrect: "ليس تمامًا",
  partlyCorrect: "صحيح جزئيًا",
  answered: "تم حفظ الإجابة",
  correctAnswerIs: "الإجابة الصحيحة",
  yourAnswer: "إجابتك",
  attemptsLeft: (count) =>
    plural(lang, count, {
      zero: "لم تبقَ أي محاولة",
      one: "بقيت محاولة واحدة",
      two: "بقيت محاولتان",
      few: "بقيت # محاولات",
      many: "بقيت # محاولة",
      other: "بقيت # محاولة",
    }),
  noAttemptsLeft: "لم تبقَ أي محاولة.",
  charactersLeft: (count) =>
    plural(lang, count, {
      zero: "لم يبقَ أي حرف",
      one: "بقي حرف واحد",
      two: "بقي حرفان",
      few: "بقيت # أحرف",
      many: "بقي # حرفًا",
      other: "بقي # حرف",
    }),
  chooseMatch: "اختر ما يناسبه",
  matchFor: (item) => `ما يناسب «${item}»`,
  moveUp: "انقل إلى الأعلى",
  moveDown: "انقل إلى الأسفل",
  moveUpItem: (item) => `انقل إلى الأعلى: ${item}`,
  moveDownItem: (item) => `انقل إلى الأسفل: ${item}`,
  movedTo: (item, position, total) =>
    `نُقل ${item} إلى المكان ${formatNumber(lang, position)} من ${formatNumber(lang, total)}`,
  chooseBucket: "اختر مجموعة",
  bucketFor: (card) => `مجموعة «${card}»`,
  scenario: "موقف عملي",
  scenarioRestart: "ابدأ الموقف من جديد",
  scenarioChoices: "ماذا تفعل؟",
  scenarioBestPath: "أفضل طريق",
  scenarioOutcomeBest: "أفضل نتيجة",
  scenarioOutcomeOkay: "نتيجة جيدة",
  scenarioOutcomePoor: "نتيجة ضعيفة",
  checklistDone: (done, total) => `تم تحديد ${formatNumber(lang, done)} من ${formatNumber(lang, total)}`,
  reflectionPrivate: "يبقى نصك على هذا الجهاز. لا يُرسَل إلى أي مكان أبدًا.",
  modelAnswer: "مثال على إجابة",
  save: "حفظ",
  changeAnswer: "غيّر إجابتي",
  requiredQuestion: "مطلوب",

  // Assessment
  assessment: "التقييم النهائي",
  assessmentIntro: (passMark) =>
    `أجب عن الأسئلة، ثم أرسلها معًا. تحتاج إلى ${formatPercent(lang, passMark)} للنجاح.`,
  startAssessment: "ابدأ التقييم",
  submitAssessment: "أرسل إجاباتي",
  questionOf: (current, total) => `السؤال ${formatNumber(lang, current)} من ${formatNumber(lang, total)}`,
  assessmentScore: (percent) => `نتيجتك: ${formatPercent(lang, percent)}`,
  assessmentPassed: "لقد نجحت.",
  assessmentFailed: (passMark) => `تحتاج إلى ${formatPercent(lang, passMark)} للنجاح.`,
  assessmentRetry: "أعد محاولة التقييم",
  reviewLesson: "راجع هذا الدرس",

  // Loading and errors
  noScript: "تحتاج هذه الدورة إلى JavaScript. يُرجى تشغيله، أو افتح الدورة في متصفح آخر.",
  loadFailed: "تعذّر تحميل الدورة.",
} satisfies Messages;
