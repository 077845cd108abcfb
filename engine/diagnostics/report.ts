import type { Point, Position } from "unist";
import type { VFile } from "vfile";
import { type RuleId, rules } from "./catalogue.ts";

export type Place = Point | Position | undefined;

/**
 * Records one located problem on its file. The severity and hint come from the catalogue,
 * so a rule is phrased the same wherever it is reported.
 */
export function report(file: VFile, ruleId: RuleId, message: string, place: Place): void {
  const rule = rules[ruleId];
  const vfileMessage = file.message(message, { place, ruleId, source: "coursemark" });
  vfileMessage.fatal = rule.severity === "error";
  vfileMessage.note = rule.hint;
}

export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}
