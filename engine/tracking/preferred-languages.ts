/**
 * The learner's preferred languages as a platform states them: one tag (SCORM learner preference),
 * a comma list (cmi5 `languagePreference`), or an Accept-Language value with weights (TinCan's
 * `Accept-Language` launch parameter). Most preferred first; anything that is not a tag is dropped.
 */
const TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

export function preferredLanguages(value: unknown): string[] {
  if (typeof value !== "string") return [];
  return value
    .split(",")
    .map((entry, index) => {
      const [tag = "", ...parameters] = entry.split(";").map((part) => part.trim());
      const weight = parameters.find((parameter) => parameter.startsWith("q="));
      return { tag, weight: weight ? Number(weight.slice(2)) : 1, index };
    })
    .filter(({ tag, weight }) => TAG.test(tag) && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ tag }) => tag);
}
