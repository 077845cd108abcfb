/**
 * The canary for injection tests: every payload in the hostile course calls `__pwned(id)` (or `p(id)`
 * where an attribute is short) or loads `evil.example`. A context watched by `watchContext` records
 * each call, dialog, request that leaves 127.0.0.1 and CSP violation, in every frame.
 */
import { type BrowserContext, expect, type Frame, type Page } from "@playwright/test";

export interface Watch {
  foreignRequests: string[];
  dialogs: string[];
}

declare global {
  interface Window {
    __pwned?: (id: unknown) => void;
    __pwnedIds?: string[];
    __violations?: string[];
    p?: (id: unknown) => void;
  }
}

export async function watchContext(context: BrowserContext): Promise<Watch> {
  const watch: Watch = { foreignRequests: [], dialogs: [] };
  await context.addInitScript(() => {
    window.__pwnedIds = [];
    window.__violations = [];
    window.__pwned = (id) => window.__pwnedIds?.push(String(id));
    window.p = window.__pwned;
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violations?.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  // Requests to other hosts are recorded and never reach the network.
  await context.route(
    (url) => url.protocol.startsWith("http") && url.hostname !== "127.0.0.1",
    (route) => {
      watch.foreignRequests.push(route.request().url());
      return route.abort();
    },
  );
  context.on("page", (page) => {
    page.on("dialog", (dialog) => {
      watch.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  return watch;
}

/** Canary calls recorded in a frame. */
export function pwnedIn(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => window.__pwnedIds ?? []);
}

export function violationsIn(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => window.__violations ?? []);
}

/** Buttons that leave the screen (navigation, panels over the lesson): pressed last, or never. */
const LEAVES_SCREEN =
  /^\W*(next|previous|about this course|credits|back to the lesson|show lessons|hide lessons|dismiss|reset my progress)\b/i;

async function clickAll(frame: Frame, selector: string): Promise<void> {
  for (const element of await frame.locator(selector).all()) {
    const label = ((await element.textContent({ timeout: 300 }).catch(() => "")) ?? "").trim();
    if (!LEAVES_SCREEN.test(label)) await element.click({ timeout: 300 }).catch(() => {});
  }
}

/**
 * What a learner might do that could trigger a payload, screen after screen: type it into every
 * box, pick options, press every button of the screen (check, hint, panels), hover, then go on.
 * Ends on the credits, where author names and links are shown. `onScreen` runs on each screen.
 */
export async function poke(
  frame: Frame,
  screens = 10,
  onScreen: () => Promise<void> = async () => {},
): Promise<void> {
  const payload = `"><img src=x onerror=__pwned('typed')><script>__pwned('typed')</script>`;
  const quick = { timeout: 300 };
  for (let screen = 0; screen < screens; screen++) {
    for (const input of await frame.locator("input[type=text]:visible, textarea:visible").all()) {
      await input.fill(payload, quick).catch(() => {});
    }
    await clickAll(frame, "input[type=radio]:visible, input[type=checkbox]:visible:enabled");
    await clickAll(frame, "button:visible:enabled, summary:visible");
    for (const element of await frame.locator("[title]:visible, img:visible").all()) {
      await element.hover(quick).catch(() => {});
    }
    await onScreen();
    const next = frame.locator("button:visible:enabled", { hasText: /^\W*next\b/i }).last();
    if ((await next.count()) === 0) break;
    await next.click(quick).catch(() => {});
  }
  await frame
    .getByRole("button", { name: /about this course|credits/i })
    .first()
    .click(quick)
    .catch(() => {});
}

/**
 * Tries to run script and load another site after the page has loaded, as an injected fragment
 * would: an inline `<script>`, an event handler, a `javascript:` link and a remote image. Under the
 * page's CSP none may run or load; without one, the first three run (the canary is live).
 */
export async function injectAfterLoad(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "__pwned('csp-inline-script')";
    document.body.append(script);
    const holder = document.createElement("div");
    holder.innerHTML =
      '<img src="data:," onerror="__pwned(\'csp-event-handler\')" onload="__pwned(\'csp-event-handler\')">' +
      '<a id="csp-js-link" href="javascript:__pwned(\'csp-javascript-url\')">x</a>' +
      '<img src="http://evil.example/csp-remote-image.png" alt="">';
    document.body.append(holder);
    document.getElementById("csp-js-link")?.click();
  });
}

/**
 * What a CSP reports for each injection `injectAfterLoad` makes: the inline script and the
 * `javascript:` link as inline script, the event handler, the `data:` image and the remote image.
 */
const REFUSED_AFTER_LOAD = [
  "script-src-elem inline",
  "script-src-elem inline",
  "script-src-attr inline",
  "img-src data",
  "img-src http://evil.example/csp-remote-image.png",
];

/** Waits until the frame's CSP has refused every injection `injectAfterLoad` made (no fixed wait). */
export async function expectInjectionsRefused(frame: Frame): Promise<void> {
  await expect
    .poll(async () => {
      const reported = await violationsIn(frame);
      return REFUSED_AFTER_LOAD.filter((violation) => {
        const index = reported.indexOf(violation);
        if (index >= 0) reported.splice(index, 1);
        return index < 0;
      });
    }, "CSP violations not yet reported")
    .toEqual([]);
}

/** The Content-Security-Policy a page carries in its `<meta>`, or "" when it has none. */
export function policyOf(page: Page | Frame): Promise<string> {
  return page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content", { timeout: 2000 })
    .then((value) => value ?? "")
    .catch(() => "");
}

/** The `script-src` directive must allow no inline script except by hash, and only this origin. */
export function scriptSourceOf(policy: string): string {
  return (
    policy
      .split(";")
      .map((part) => part.trim())
      .find((part) => part.startsWith("script-src ")) ?? ""
  );
}
