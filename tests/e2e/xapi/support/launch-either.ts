/** One journey, either target: launch a package part, and end the way each target ends. */
import { expect, type Page } from "@playwright/test";
import { type Cmi5Launch, type Learner, launchCmi5, launchTincan } from "./launches.ts";
import type { XapiWorld } from "./xapi-world.ts";

export type XapiTarget = "xapi" | "cmi5";

export interface Launched {
  url: string;
  registration: string;
  cmi5?: Cmi5Launch;
}

export function launchPart(
  world: XapiWorld,
  target: XapiTarget,
  part: string,
  learner: Learner,
  registration?: string,
): Launched {
  const activity = world.activity(target, part);
  if (target === "xapi") return launchTincan(world.lms, activity, learner, registration);
  const cmi5 = launchCmi5(world.lms, activity, learner, { registration });
  return { url: cmi5.url, registration: cmi5.registration, cmi5 };
}

/** Ends the session: Exit to the cmi5 returnURL when the player offers it, else the learner goes elsewhere. */
export async function finish(page: Page, world: XapiWorld): Promise<void> {
  const exit = page.getByRole("button", { name: "Exit" });
  if ((await exit.count()) > 0) await exit.click();
  else await page.goto(`${world.lms.url}/return`);
  await expect(page).toHaveURL(/\/return$/);
}
