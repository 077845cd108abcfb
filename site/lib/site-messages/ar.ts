/**
 * The web edition's words in Arabic (Modern Standard Arabic). Awaiting review by a native speaker:
 * a first translation in plain words; counts take all six Arabic plural forms.
 */
import { ARABIC_MINUTES } from "../../../engine/runtime/messages/ar.ts";
import { formatNumber, formatPercent, plural } from "../../../engine/runtime/messages/format.ts";
import type { CertificateScriptMessages, CourseScriptMessages, SiteMessages } from "./en.ts";

const lang = "ar";

/** The course page script's words (see `courseScriptEn`). */
export const courseScriptAr = {
  startCourse: "ابدأ الدورة",
  lessonsDone: (done, total) =>
    `الدروس المكتملة: ${formatNumber(lang, done)} من ${formatNumber(lang, total)}. يُحفظ التقدم على هذا الجهاز.`,
  reviewCourse: "راجع الدورة",
  continueCourse: "تابع من حيث توقفت",
  confirmReset: "هل تريد مسح تقدمك في هذه الدورة على هذا الجهاز؟",
  savingOffline: (module) => `جارٍ حفظ «${module}» لاستخدامها دون إنترنت…`,
  savedOffline: (module) => `تم الحفظ: «${module}» تُفتح الآن دون إنترنت.`,
  saveOfflineFailed: "تعذّر الحفظ. تحقق من اتصالك وحاول مرة أخرى.",
} satisfies CourseScriptMessages;

/** The certificate page script's words (see `certificateScriptEn`). */
export const certificateScriptAr = {
  nameMissing: "اكتب اسمك أولًا.",
  passedWithScore: (score, passMark) =>
    `ونجح في التقييم النهائي بنتيجة ${formatPercent(lang, score)} (درجة النجاح ${formatPercent(lang, passMark)}).`,
  passedAtPassMark: (passMark) => `ونجح في التقييم النهائي (درجة النجاح ${formatPercent(lang, passMark)}).`,
  issuedOn: (date) => `صدرت في ${date}`,
} satisfies CertificateScriptMessages;

export const siteAr = {
  lang,
  ...courseScriptAr,
  ...certificateScriptAr,

  // Every page
  skipToContent: "انتقل إلى المحتوى",
  courses: "الدورات",
  modules: (count) =>
    plural(lang, count, {
      zero: "# وحدة",
      one: "وحدة واحدة",
      two: "وحدتان",
      few: "# وحدات",
      many: "# وحدة",
      other: "# وحدة",
    }),
  lessons: (count) =>
    plural(lang, count, {
      zero: "# درس",
      one: "درس واحد",
      two: "درسان",
      few: "# دروس",
      many: "# درسًا",
      other: "# درس",
    }),
  aboutMinutes: (count) =>
    plural(lang, count, {
      zero: "حوالي # دقيقة",
      one: "حوالي دقيقة واحدة",
      two: "حوالي دقيقتين",
      few: "حوالي # دقائق",
      many: "حوالي # دقيقة",
      other: "حوالي # دقيقة",
    }),
  lessonMinutes: (count) => plural(lang, count, ARABIC_MINUTES),
  versionNamed: (version) => `الإصدار ${version}`,
  licenceNamed: (licence) => `الترخيص ${licence}`,
  languages: "اللغات",
  courseLanguages: (title) => `${title}: اللغات`,

  // Catalogue of courses
  catalogueDescription: "دورات قصيرة ومجانية تتابعها على هاتفك، مع الإنترنت أو بدونه.",
  noCourses: "لا توجد دورات هنا بعد.",

  // Course page
  yourProgress: "تقدمك",
  progressSavedHere: "يُحفظ تقدمك على هذا الجهاز أثناء تعلمك.",
  resetProgress: "امسح تقدمي",
  whatYouWillLearn: "ماذا ستتعلم",
  modulesHeading: "الوحدات",
  lessonDoneMark: "مكتمل",
  saveModuleOffline: "احفظ هذه الوحدة لاستخدامها دون إنترنت",
  finalAssessment: "التقييم النهائي",
  takeAssessment: "ابدأ التقييم النهائي",
  passMark: (percent) => `درجة النجاح ${formatPercent(lang, percent)}`,
  more: "المزيد",
  glossary: "معجم المصطلحات",
  creditsAndLicence: "الشكر والترخيص",
  packagesLink: "لمسؤولي المنصات: الحزم",

  // Packages page (for platform admins)
  packagesDescription: (title) => `حزم ${title} لإضافتها إلى منصة تعلم مثل Moodle أو atingi.`,
  downloadHeading: "نزّل الدورة لمنصة التعلم الخاصة بك",
  packagesIntro:
    "هذه الملفات للأشخاص الذين يديرون منصة تعلم. لا يحتاجها المتعلمون: يمكنهم متابعة الدورة على هذا الموقع.",
  packagesChoice:
    "أيها تختار؟ على Moodle أو atingi استخدم SCORM 1.2 (تطبيق Moodle يشغّل SCORM 1.2 فقط). استخدم SCORM 2004 فقط إذا طلبته منصتك، وxAPI أو cmi5 فقط مع مخزن سجلات التعلم (LRS). أضف كل وحدة كنشاط مستقل بالترتيب، ثم التقييم النهائي.",
  downloadPackage: "الحزمة",
  downloadSize: "الحجم",
  moduleNumbered: (number, title) => `الوحدة ${formatNumber(lang, number)}: ${title}`,
  wholeCourse: "الدورة كاملة",
  targetScorm12: "SCORM 1.2 (Moodle وatingi وتطبيق Moodle)",
  targetScorm2004: "SCORM 2004، الإصدار الرابع",
  targetXapi: "xAPI / TinCan (Moodle mod_tincanlaunch، مع LRS)",
  targetCmi5: "cmi5 (Moodle mod_cmi5launch، مع LRS)",
  targetMoodleXml: "Moodle XML (الأسئلة، لاختبار في Moodle)",
  kilobytes: (count) => `${formatNumber(lang, count)} كيلوبايت`,
  megabytes: (count) =>
    `${formatNumber(lang, count, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ميغابايت`,

  // Lesson page
  goal: (objective) => `الهدف: ${objective}`,

  // Assessment page
  assessmentDescription: (title) => `اختبر ما تعلمته في ${title}.`,
  questionCount: (count) =>
    plural(lang, count, {
      zero: "ستجيب عن # سؤال.",
      one: "ستجيب عن سؤال واحد.",
      two: "ستجيب عن سؤالين.",
      few: "ستجيب عن # أسئلة.",
      many: "ستجيب عن # سؤالًا.",
      other: "ستجيب عن # سؤال.",
    }),
  passWith: (percent) => `تنجح إذا حصلت على ${formatPercent(lang, percent)} أو أكثر.`,
  unlimitedAttempts: "يمكنك المحاولة كلما أردت.",
  attemptsAllowed: (count) =>
    plural(lang, count, {
      zero: "ليست لديك أي محاولة.",
      one: "لديك محاولة واحدة.",
      two: "لديك محاولتان.",
      few: "لديك # محاولات.",
      many: "لديك # محاولة.",
      other: "لديك # محاولة.",
    }),
  noAssessment: "لا يوجد تقييم نهائي في هذه الدورة.",
  certificateOffer: "لقد نجحت في التقييم النهائي.",
  getCertificate: "احصل على شهادتك",

  // Certificate page
  certificatePageTitle: "شهادتك",
  certificateDescription: (title) => `شهادة إتمام ${title}، للطباعة أو الحفظ.`,
  certificateNotPassed: (percent) =>
    `تحصل على شهادتك عندما تنجح في التقييم النهائي بنسبة ${formatPercent(lang, percent)} أو أكثر على هذا الجهاز.`,
  nameLabel: "اسمك كما تريد أن يظهر على الشهادة",
  nameStaysHere: "يبقى اسمك على هذا الجهاز ولا يُرسل إلى أي مكان.",
  showCertificate: "اعرض شهادتي",
  printCertificate: "اطبع أو احفظ بصيغة PDF",
  certificateOfCompletion: "شهادة إتمام",
  certifiesThat: "نشهد بأن",
  completedCourse: "أتمّ الدورة",

  // Glossary page
  glossaryDescription: (title) => `شرح الكلمات المستخدمة في ${title}.`,
  noGlossary: "لا يوجد معجم مصطلحات في هذه الدورة.",

  // Credits page
  credits: "الشكر",
  creditsDescription: (title) => `مؤلفو ${title} ومصادرها وترخيصها.`,
  licenceSentenceStart: (title, version) => `تُنشر ${title}، الإصدار ${version}، بموجب الترخيص `,
  licenceSentenceEnd: ".",
  authors: "المؤلفون",
  otherCredits: "المصادر وشكر آخر",
  creditBy: (by) => `بواسطة ${by}`,
} satisfies SiteMessages;
