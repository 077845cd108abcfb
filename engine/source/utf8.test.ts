import { describe, expect, it } from "vitest";
import { decodeUtf8, findInvalidUtf8 } from "./utf8.ts";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === "string" ? [...new TextEncoder().encode(part)] : part)),
  );

describe("findInvalidUtf8", () => {
  it("finds nothing in valid text, astral characters included", () => {
    expect(findInvalidUtf8(bytes("Akwaaba 👋 GH₵\nline two"))).toBeUndefined();
  });

  it("gives the line and column of a Latin-1 byte", () => {
    expect(findInvalidUtf8(bytes("one\ntwo caf", [0xe9], "\n"))).toEqual({
      point: { line: 2, column: 8 },
      byte: 0xe9,
    });
  });

  it("counts columns in UTF-16 units, as parsed positions do", () => {
    expect(findInvalidUtf8(bytes("👋x", [0xff]))?.point).toEqual({ line: 1, column: 4 });
  });

  it.each([
    ["an overlong encoding", [0xc0, 0xaf]],
    ["a surrogate", [0xed, 0xa0, 0x80]],
    ["a truncated sequence", [0xe2, 0x82]],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
  ])("rejects %s", (_name, sequence) => {
    expect(findInvalidUtf8(bytes("ok ", sequence))?.point).toEqual({ line: 1, column: 4 });
  });
});

describe("decodeUtf8", () => {
  it("drops a byte order mark and refuses invalid bytes", () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], "hi"))).toBe("hi");
    expect(decodeUtf8(bytes("caf", [0xe9]))).toBeUndefined();
  });
});
