/**
 * A download's size as a phone's data counter shows it (decimal units, as operators sell bundles):
 * MB with one decimal from about 1 MB, whole KB below (at least 1).
 */
export function downloadSize(bytes: number): { amount: number; unit: "KB" | "MB" } {
  return bytes >= 999_500
    ? { amount: Math.round(bytes / 100_000) / 10, unit: "MB" }
    : { amount: Math.max(1, Math.round(bytes / 1000)), unit: "KB" };
}
