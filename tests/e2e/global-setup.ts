import { prepareSharedBuilds } from "./support/shared-builds.ts";

/** One folder of course builds for the whole run: each build is made once, by the first test that needs it. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  return prepareSharedBuilds();
}
