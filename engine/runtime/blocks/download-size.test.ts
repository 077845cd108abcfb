import { describe, expect, it } from "vitest";
import { downloadSize } from "./download-size.ts";

describe("downloadSize", () => {
  it.each([
    [0, { amount: 1, unit: "KB" }],
    [4_893, { amount: 5, unit: "KB" }],
    [999_499, { amount: 999, unit: "KB" }],
    [999_500, { amount: 1, unit: "MB" }],
    [3_400_000, { amount: 3.4, unit: "MB" }],
    [3_449_999, { amount: 3.4, unit: "MB" }],
    [12_960_000, { amount: 13, unit: "MB" }],
  ])("%d bytes → %o", (bytes, size) => {
    expect(downloadSize(bytes)).toEqual(size);
  });
});
