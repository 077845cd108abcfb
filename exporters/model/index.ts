import { canonicalJson } from "../../engine/model/canonical-json.ts";
import type { Target } from "../target.ts";

/** `model`: the compiled course as canonical JSON, `model/<course-id>.json`. */
export const modelTarget: Target = {
  name: "model",
  build({ model }) {
    const content = new TextEncoder().encode(canonicalJson(model));
    return [{ path: `model/${model.id}.json`, content, course: model.id, module: null }];
  },
};
