import { beforeAll, describe, expect, it } from "vitest";
import { compileCourse } from "../../engine/model/compile-course.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import type { CourseSource } from "../../engine/source/course-source.ts";
import { readCourse } from "../../engine/source/read-course.ts";
import { descendants, findAll, parseXml, type XmlElement } from "../validate/xml-tree.ts";
import { moodleXmlTarget } from "./index.ts";

/** question_bank::fraction_options_full(): the grades Moodle's import accepts when it must not round. */
const MOODLE_FRACTIONS = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5,
  11.11111, 10, 5, 0,
];

let course: { model: CourseModel; source: CourseSource };
let quiz: XmlElement;
let text: string;

async function build(): Promise<{ text: string; extra: Record<string, unknown> | undefined }> {
  if (!("build" in moodleXmlTarget)) throw new Error("moodle-xml builds course by course");
  const [file] = await moodleXmlTarget.build(course);
  return { text: new TextDecoder().decode(file?.content), extra: file?.extra };
}

beforeAll(async () => {
  const source = await readCourse("course-src/sample");
  const { model } = compileCourse(source);
  if (!model) throw new Error("the sample course must compile");
  course = { model, source };
  text = (await build()).text;
  const parsed = parseXml(text);
  if ("error" in parsed) throw new Error(`not well-formed: ${parsed.error.message} at ${parsed.error.line}`);
  quiz = parsed.root;
});

const questions = (type?: string) =>
  quiz.children.filter((q) => q.attributes.type !== "category" && (!type || q.attributes.type === type));
const byId = (id: string) => questions().find((q) => findAll(q, "idnumber")[0]?.text === id);
const texts = (element: XmlElement | undefined, local: string) =>
  (element ? findAll(element, local) : []).map((found) => findAll(found, "text")[0]?.text ?? found.text);

describe("moodle-xml target", () => {
  it("writes a category per module for its bank, with its lesson questions in a subcategory", () => {
    const categories = quiz.children
      .filter((q) => q.attributes.type === "category")
      .flatMap((q) => texts(q, "category"));
    expect(categories).toEqual([
      "$course$/top/Coursemark sample course/Getting started",
      "$course$/top/Coursemark sample course/Getting started/Lesson questions",
      "$course$/top/Coursemark sample course/Taking orders",
      "$course$/top/Coursemark sample course/Taking orders/Lesson questions",
    ]);
    const bankSize = course.model.modules.reduce((sum, module) => sum + module.bank.length, 0);
    const firstLessons = quiz.children.findIndex((q) =>
      texts(q, "category")[0]?.endsWith("Lesson questions"),
    );
    expect(quiz.children.slice(1, firstLessons)).toHaveLength(course.model.modules[0]?.bank.length ?? 0);
    expect(bankSize).toBeGreaterThan(0);
  });

  it("maps every scored type to Moodle's nearest type, keeping ids, feedback and hints", () => {
    const types = new Set(questions().map((q) => q.attributes.type));
    expect([...types].sort()).toEqual([
      "matching",
      "multichoice",
      "numerical",
      "ordering",
      "shortanswer",
      "truefalse",
    ]);
    const single = byId("first_price");
    expect(texts(single, "single")).toEqual(["true"]);
    expect(findAll(single as XmlElement, "answer").map((a) => a.attributes.fraction)).toEqual([
      "0",
      "0",
      "100",
    ]);
    expect(texts(single, "feedback")).toContain("<p>Too low: she loses GH₵ 5 on every jar.</p>");
    expect(texts(single, "hint")).toEqual(["<p>Add up the costs in the table first.</p>"]);
    const numeric = byId("cost_per_jar");
    expect(numeric?.attributes.type).toBe("numerical");
    expect(findAll(numeric as XmlElement, "tolerance")[0]?.text).toBe("0");
    const ordering = byId("merchant_payment_steps");
    expect(findAll(ordering as XmlElement, "answer").map((a) => a.attributes.fraction)).toEqual([
      "1",
      "2",
      "3",
      "4",
    ]);
    const shortAnswer = byId("thank_you_word");
    expect(findAll(shortAnswer as XmlElement, "answer").map((a) => findAll(a, "text")[0]?.text)).toEqual([
      "choosing",
      "buying from",
      "calling",
    ]);
  });

  it("uses only grades Moodle's import accepts, and multi-answer grades that add up to 100", () => {
    for (const question of questions("multichoice")) {
      const fractions = findAll(question, "answer").map((a) => Number(a.attributes.fraction));
      for (const fraction of fractions) expect(MOODLE_FRACTIONS).toContain(Math.abs(fraction));
      const positive = fractions.filter((fraction) => fraction > 0).reduce((sum, value) => sum + value, 0);
      expect(Math.round(positive)).toBe(100);
    }
  });

  it("embeds the pictures a question shows and points at them with @@PLUGINFILE@@", () => {
    const hotspot = byId("find_price");
    const questionText = findAll(hotspot as XmlElement, "questiontext")[0] as XmlElement;
    expect(texts(hotspot, "questiontext")[0]).toContain('src="@@PLUGINFILE@@/catalogue-item.svg"');
    const [file] = findAll(questionText, "file");
    expect(file?.attributes).toEqual({ name: "catalogue-item.svg", path: "/", encoding: "base64" });
    const original = course.source.media.get("media/catalogue-item.svg")?.bytes;
    expect(Buffer.from(file?.text ?? "", "base64").equals(Buffer.from(original ?? []))).toBe(true);
    expect(texts(hotspot, "answer")).toContain("<p>Price</p>");
  });

  it("leaves out what has no Moodle question type and names each in the build's warnings", async () => {
    const { extra } = await build();
    expect(extra?.warnings).toEqual([
      'moodle-xml leaves out the poll "getting_started.welcome.poll_1": a poll is not a question (it has no right answer)',
      'moodle-xml leaves out the scenario "late_order": Moodle has no branching question type',
      'moodle-xml leaves out the checklist "taking_orders.after_the_sale.checklist_1": a checklist is not a question (it has no right answer)',
      'moodle-xml leaves out the reflection "taking_orders.after_the_sale.reflection_1": a reflection is not graded and its text stays on the learner\'s device',
    ]);
    expect(descendants(quiz).some((element) => element.text.includes("late_order"))).toBe(false);
  });

  it("is deterministic", async () => {
    expect((await build()).text).toBe(text);
  });
});
