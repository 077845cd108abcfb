import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { serveStatic } from "../support/static-server.ts";

test("the machine's Chromium renders a page served on 127.0.0.1", async ({ page }) => {
  const root = await mkdtemp(path.join(tmpdir(), "cm-smoke-"));
  await writeFile(
    path.join(root, "index.html"),
    '<!doctype html><html lang="en"><title>t</title><button>Hi GH₵ Ɛɛ Ɔɔ Ŋŋ</button>',
  );
  const server = await serveStatic(root);
  try {
    await page.goto(server.url);
    await expect(page.getByRole("button")).toHaveText("Hi GH₵ Ɛɛ Ɔɔ Ŋŋ");
  } finally {
    await server.close();
  }
});
