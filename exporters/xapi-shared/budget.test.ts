import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compileCourse } from "../../engine/model/compile-course.ts";
import { findCourseDirs, readCourse } from "../../engine/source/read-course.ts";
import { createCmi5Target } from "../cmi5/index.ts";
import { runtimePlayer } from "../scorm-shared/runtime-player.ts";
import { createScorm2004Target } from "../scorm2004/index.ts";
import type { OutputFile, Target } from "../target.ts";
import { createXapiPackageTarget } from "../xapi/index.ts";
import { readZip } from "../zip.ts";

/** The packages' budget (issue 10): every package (module or assessment) opens within 60 KB gzip. */
const FIRST_OPEN_BUDGET = 60 * 1024;
/**
 * What an LRS tracker may add to SCORM 2004's first open: its client, outbox and launch code, and
 * the components its interaction definitions list (engine/interactions/components.ts).
 */
const TRACKER_ALLOWANCE = 2.5 * 1024;

const built = new Map<string, OutputFile[]>();
beforeAll(async () => {
  const targets: Target[] = [
    createScorm2004Target(runtimePlayer),
    createXapiPackageTarget(runtimePlayer),
    createCmi5Target(runtimePlayer),
  ];
  for (const dir of await findCourseDirs("course-src")) {
    const source = await readCourse(dir);
    const { model } = compileCourse(source);
    if (!model) throw new Error(`${dir} must compile`);
    for (const target of targets) {
      if (!("build" in target)) continue;
      built.set(target.name, [...(built.get(target.name) ?? []), ...(await target.build({ model, source }))]);
    }
  }
}, 120_000);

const firstOpen = (file: OutputFile | undefined) => Number(file?.extra?.firstOpenBytes);

describe.each(["xapi", "cmi5"])("%s packages with the real player", (target) => {
  it("open within 60 KB gzip, and never more than 2.5 KB over the SCORM 2004 package", () => {
    const packages = built.get(target) ?? [];
    expect(packages.length).toBeGreaterThan(4);
    for (const file of packages) {
      const twin = built
        .get("scorm2004")
        ?.find((scorm) => scorm.path.endsWith(file.path.replace(/^[^/]+/, "")));
      console.info(`${file.path}: first open ${firstOpen(file)} B (SCORM 2004 ${firstOpen(twin)} B)`);
      expect(firstOpen(file) - firstOpen(twin), file.path).toBeLessThanOrEqual(TRACKER_ALLOWANCE);
      expect(firstOpen(file), file.path).toBeLessThanOrEqual(FIRST_OPEN_BUDGET);
    }
  });

  it("send with fetch keepalive, never sendBeacon (which cannot carry Authorization), and load nothing from elsewhere", () => {
    for (const file of built.get(target) ?? []) {
      const entries = readZip(file.content);
      const js = new TextDecoder().decode(entries.get("player.js"));
      const page = new TextDecoder().decode(entries.get("index.html"));
      expect(js, file.path).toContain("keepalive");
      expect(js, file.path).not.toContain("sendBeacon");
      expect(page.match(/\b(?:src|href)="(?:[a-z]+:)?\/\/[^"]*"/gi) ?? [], file.path).toEqual([]);
    }
  });
});

describe("structure files of every package of both courses", () => {
  const XSD = path.resolve("schemas/xsd/cmi5/CourseStructure.xsd");
  const text = (file: OutputFile, name: string) => new TextDecoder().decode(readZip(file.content).get(name));
  const ids = (xml: string) => [...xml.matchAll(/ id="([^"]+)"/g)].map((match) => match[1] ?? "");

  it("cmi5.xml: valid against CourseStructure.xsd (xmllint), ids absolute and unique, AU urls in the zip", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cm-cmi5-xml-"));
    try {
      for (const file of built.get("cmi5") ?? []) {
        const xml = text(file, "cmi5.xml");
        const copy = path.join(dir, "cmi5.xml");
        writeFileSync(copy, xml);
        const lint = spawnSync("xmllint", ["--noout", "--schema", XSD, copy], { encoding: "utf8" });
        expect(lint.status, `${file.path}: ${lint.stderr}`).toBe(0);
        expect(new Set(ids(xml)).size, file.path).toBe(ids(xml).length);
        for (const id of ids(xml)) expect(id, file.path).toMatch(/^https:\/\//);
        for (const [, url] of xml.matchAll(/<url>([^<]+)<\/url>/g))
          expect(readZip(file.content).has(url ?? ""), file.path).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("tincan.xml: the TinCan namespace, exactly one activity and it launches a file of the zip", () => {
    for (const file of built.get("xapi") ?? []) {
      const xml = text(file, "tincan.xml");
      expect(xml, file.path).toContain('<tincan xmlns="http://projecttincan.com/tincan.xsd">');
      expect(ids(xml), file.path).toHaveLength(1);
      const launch = /<launch [^>]*>([^<]+)</.exec(xml)?.[1] ?? "";
      expect(readZip(file.content).has(launch), file.path).toBe(true);
    }
  });
});
