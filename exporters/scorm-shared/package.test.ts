import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { compileCourse } from "../../engine/model/compile-course.ts";
import { readCourse } from "../../engine/source/read-course.ts";
import { checkPackage } from "../../tests/e2e/lms/package-checks.ts";
import { fakePlayer } from "../../tests/unit/support/fake-player.ts";
import { createScorm12Target } from "../scorm12/index.ts";
import { createScorm2004Target } from "../scorm2004/index.ts";
import { BuildError, type CompiledCourse, type OutputFile } from "../target.ts";
import { readZip } from "../zip.ts";

let sample: CompiledCourse;
beforeAll(async () => {
  const source = await readCourse("course-src/sample");
  const { model } = compileCourse(source);
  if (!model) throw new Error("the sample course must compile");
  sample = { model, source };
});

const targets = { scorm12: createScorm12Target(fakePlayer), scorm2004: createScorm2004Target(fakePlayer) };
const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).byteLength;

async function build(version: keyof typeof targets, split: "module" | "course"): Promise<OutputFile[]> {
  const target = targets[version];
  if (!("build" in target)) throw new Error("SCORM targets build course by course");
  return target.build(sample, { split });
}

describe.each(["scorm12", "scorm2004"] as const)("%s packages of the sample course", (version) => {
  it("are one per module plus the assessment, or one per course", async () => {
    expect((await build(version, "module")).map((file) => [file.path, file.module])).toEqual([
      [`${version}/sample--getting_started.zip`, "getting_started"],
      [`${version}/sample--taking_orders.zip`, "taking_orders"],
      [`${version}/sample--assessment.zip`, null],
    ]);
    expect((await build(version, "course")).map((file) => file.path)).toEqual([`${version}/sample.zip`]);
  });

  it.each(["module", "course"] as const)(
    "validate against the official XSDs and the semantic rules (--split %s)",
    async (split) => {
      for (const file of await build(version, split)) {
        const report = await checkPackage(file.content, version);
        expect(report.problems, file.path).toEqual([]);
      }
    },
  );

  it("are byte-identical when built twice", async () => {
    const hashes = async () =>
      (await build(version, "module")).map((file) => createHash("sha256").update(file.content).digest("hex"));
    expect(await hashes()).toEqual(await hashes());
  });

  it("ship the official schema files at the root, unchanged", async () => {
    const [file] = await build(version, "module");
    const entries = readZip(file?.content ?? new Uint8Array());
    const schemas = [...entries.keys()].filter((name) => name.endsWith(".xsd"));
    expect(schemas.length).toBeGreaterThanOrEqual(4);
    for (const name of schemas) {
      const official = await readFile(new URL(`../../schemas/xsd/${version}/${name}`, import.meta.url));
      expect(Buffer.from(entries.get(name) ?? []).equals(official), name).toBe(true);
    }
  });

  it("carry only the media their page uses, and report firstOpenBytes and the suspend_data limit", async () => {
    const files = await build(version, "module");
    for (const file of files) {
      const entries = readZip(file.content);
      const page = new TextDecoder().decode(entries.get("index.html"));
      // A photo is carried as its variants (media/x.w480.webp for media/x.png), any other file as named.
      const media = [...entries.keys()].filter((name) => name.startsWith("media/"));
      const named = (name: string) =>
        page.includes(`"${name}"`) || page.includes(`"${name.replace(/\.w\d+\.webp$/, ".png")}"`);
      expect(media.every(named)).toBe(true);
      const launch = ["index.html", "player.js", "player.css"].map((name) =>
        gz(entries.get(name) ?? new Uint8Array()),
      );
      expect(file.extra?.firstOpenBytes).toBe(launch.reduce((sum, size) => sum + size, 0));
      const worst = file.module
        ? sample.model.modules.find((module) => module.id === file.module)?.recordSize
        : sample.model.assessmentRecordSize;
      expect(worst).toBeGreaterThan(0);
      expect(file.extra?.suspendData).toEqual({ worst, limit: version === "scorm12" ? 4096 : 64_000 });
    }
  });

  it("carry a photo as WebP variants of 480, 720 and 960 px instead of the original, each listed in the manifest", async () => {
    const [withPhoto] = await build(version, "module");
    const entries = readZip(withPhoto?.content ?? new Uint8Array());
    const manifest = new TextDecoder().decode(entries.get("imsmanifest.xml"));
    const page = new TextDecoder().decode(entries.get("index.html"));
    expect(page).toContain('"media/shito-photo.png"');
    expect(entries.has("media/shito-photo.png")).toBe(false);
    for (const width of [480, 720, 960]) {
      const variant = `media/shito-photo.w${width}.webp`;
      expect(entries.get(variant)?.byteLength, variant).toBeGreaterThan(0);
      expect(manifest).toContain(`<file href="${variant}"/>`);
    }
  });

  it("state the licence, the pass mark of scored packages and the SCO type as the version spells it", async () => {
    const [module, , assessment] = await build(version, "module");
    const manifest = (file: OutputFile | undefined) =>
      new TextDecoder().decode(readZip(file?.content ?? new Uint8Array()).get("imsmanifest.xml"));
    const text = manifest(module);
    expect(text).toContain(sample.model.licence);
    if (version === "scorm12") {
      expect(text).toContain('adlcp:scormtype="sco"');
      expect(manifest(assessment)).toContain(
        `<adlcp:masteryscore>${sample.model.assessment.passMark}</adlcp:masteryscore>`,
      );
    } else {
      expect(text).toContain('adlcp:scormType="sco"');
      expect(text).toContain(
        '<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>',
      );
      expect(manifest(assessment)).toContain(
        `<imsss:minNormalizedMeasure>${sample.model.assessment.passMark / 100}</imsss:minNormalizedMeasure>`,
      );
    }
  });
});

describe("suspend_data budget", () => {
  it("fails a 1.2 build whose worst-case record exceeds 4,096 characters, naming the package; 2004 still fits", async () => {
    const [first, ...rest] = sample.model.modules;
    if (!first) throw new Error("the sample has modules");
    const big = { ...sample, model: { ...sample.model, modules: [{ ...first, recordSize: 5000 }, ...rest] } };
    const build = (target: typeof targets.scorm12) =>
      "build" in target ? target.build(big, { split: "module" }) : [];
    await expect(build(targets.scorm12)).rejects.toThrow(
      `sample--${first.id}.zip (scorm12): a learner's saved progress can reach 5000 characters, more than the 4096`,
    );
    await expect(build(targets.scorm2004)).resolves.toHaveLength(3);
    await expect(
      "build" in targets.scorm12 ? targets.scorm12.build(big, { split: "course" }) : Promise.resolve([]),
    ).rejects.toThrow(BuildError);
  });
});
