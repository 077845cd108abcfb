import { useEffect, useState } from "preact/hooks";
import type { PreviewLms } from "./preview-lms.ts";

/** SCORM 1.2 suspend_data limit (CMIString4096; STANDARDS.md §1.3). */
const SUSPEND_DATA_LIMIT = 4096;
const CORE = [
  "cmi.core.lesson_status",
  "cmi.core.score.raw",
  "cmi.core.lesson_location",
  "cmi.core.exit",
  "cmi.core.session_time",
];

interface JournalEntry {
  index: string;
  fields: Map<string, string>;
}

function journalOf(values: ReadonlyMap<string, string>): JournalEntry[] {
  const entries = new Map<string, Map<string, string>>();
  for (const [element, value] of values) {
    const match = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    if (!match?.[1] || !match[2]) continue;
    const fields = entries.get(match[1]) ?? new Map<string, string>();
    fields.set(match[2], value);
    entries.set(match[1], fields);
  }
  return [...entries]
    .map(([index, fields]) => ({ index, fields }))
    .sort((a, b) => Number(a.index) - Number(b.index));
}

/** The preview's LMS inspector: live cmi values, the interactions journal, suspend_data against 4,096. */
export function LmsInspector(props: { lms: PreviewLms }) {
  const [, setVersion] = useState(0);
  useEffect(() => props.lms.subscribe(() => setVersion((version) => version + 1)), [props.lms]);
  const values = props.lms.values();
  const suspendLength = (values.get("cmi.suspend_data") ?? "").length;
  const over = suspendLength > SUSPEND_DATA_LIMIT;
  return (
    <aside class="lms-inspector" aria-labelledby="lms-inspector-title">
      <h2 id="lms-inspector-title">LMS inspector (preview only, SCORM 1.2)</h2>
      <p data-suspend-data>
        suspend_data: {suspendLength} / {SUSPEND_DATA_LIMIT} characters{" "}
        <strong>{over ? "over the SCORM 1.2 limit" : "within the limit"}</strong> · commits:{" "}
        {props.lms.commits()}
      </p>
      <table>
        <caption>cmi values</caption>
        <tbody>
          {CORE.map((element) => (
            <tr key={element}>
              <th scope="row">
                <code>{element}</code>
              </th>
              <td data-cmi={element}>{values.get(element) ?? "(not set)"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>cmi.interactions</h3>
      <ol data-interactions-log>
        {journalOf(values).map(({ index, fields }) => (
          <li key={index}>
            <code>{fields.get("id")}</code> {fields.get("type")}: {fields.get("student_response")} →{" "}
            {fields.get("result")} (correct: {fields.get("correct_responses.0.pattern")})
          </li>
        ))}
      </ol>
    </aside>
  );
}
