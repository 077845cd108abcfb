/**
 * The licences a course or a credit names by SPDX id (course.md `licence`), as a learner reads them:
 * the licence's own (English) name and the page that explains it in plain words (for Creative
 * Commons, the licence deed). Ids missing here are shown as written, without a link.
 */
export interface NamedLicence {
  name: string;
  url: string;
}

const cc = (kind: string, name: string, version: string): NamedLicence => ({
  name: `Creative Commons ${name} ${version}`,
  url: `https://creativecommons.org/licenses/${kind}/${version}/`,
});

const LICENCES: Readonly<Record<string, NamedLicence>> = {
  "CC-BY-4.0": cc("by", "Attribution", "4.0"),
  "CC-BY-SA-4.0": cc("by-sa", "Attribution-ShareAlike", "4.0"),
  "CC-BY-ND-4.0": cc("by-nd", "Attribution-NoDerivatives", "4.0"),
  "CC-BY-NC-4.0": cc("by-nc", "Attribution-NonCommercial", "4.0"),
  "CC-BY-NC-SA-4.0": cc("by-nc-sa", "Attribution-NonCommercial-ShareAlike", "4.0"),
  "CC-BY-NC-ND-4.0": cc("by-nc-nd", "Attribution-NonCommercial-NoDerivatives", "4.0"),
  "CC-BY-3.0": cc("by", "Attribution", "3.0"),
  "CC-BY-SA-3.0": cc("by-sa", "Attribution-ShareAlike", "3.0"),
  "CC0-1.0": {
    name: "Creative Commons Zero 1.0 (public domain)",
    url: "https://creativecommons.org/publicdomain/zero/1.0/",
  },
  MIT: { name: "MIT License", url: "https://opensource.org/license/mit" },
};

/** The name and page of a licence by its SPDX id, or undefined for an id the table does not know. */
export function namedLicence(id: string): NamedLicence | undefined {
  return Object.hasOwn(LICENCES, id) ? LICENCES[id] : undefined;
}
