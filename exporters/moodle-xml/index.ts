import type { Target } from "../target.ts";
import { questionBank } from "./question-bank.ts";

/**
 * `moodle-xml`: the final assessment bank and the lesson questions of each course as a Moodle XML
 * question-bank file (`moodle-xml/<course-id>.xml`), so an admin can run them as a native Moodle quiz,
 * which the Moodle app also plays offline. Types without a Moodle counterpart are left out and named
 * in the build's warnings.
 */
export const moodleXmlTarget: Target = {
  name: "moodle-xml",
  build({ model, source }) {
    const bank = questionBank(model, { media: source.media });
    const warnings = bank.skipped.map(
      (question) => `moodle-xml leaves out the ${question.type} "${question.id}": ${question.reason}`,
    );
    return [
      {
        path: `moodle-xml/${model.id}.xml`,
        content: new TextEncoder().encode(bank.xml),
        course: model.id,
        module: null,
        extra: { questions: bank.written, skipped: bank.skipped.length, warnings },
      },
    ];
  },
};
