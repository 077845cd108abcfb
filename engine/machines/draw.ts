import type { Interaction } from "../interactions/registry.ts";
import type { Module } from "../model/schema.ts";
import { hashKey } from "./progress-record/keys.ts";

/** mulberry32 (Tommy Ettinger, public domain): a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the given random source; returns a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    const swap = result[index] as T;
    result[index] = result[other] as T;
    result[other] = swap;
  }
  return result;
}

/** The seed of the next attempt, derived from the current one (so one stored seed is enough). */
export function nextSeed(seed: number): number {
  return Math.floor(mulberry32(seed ^ 0x9e3779b9)() * 4294967296) >>> 0;
}

/** `perModule` items from each module's bank (all of a smaller bank), modules in course order. */
export function drawItems(
  modules: readonly Pick<Module, "bank">[],
  perModule: number,
  seed: number,
): Interaction[] {
  const random = mulberry32(seed);
  return modules.flatMap((module) => shuffle(module.bank, random).slice(0, perModule));
}

/**
 * The order to show an item's options in: shuffled per item and attempt, stable on resume. The
 * item id salts the seed so two items with the same options are not shuffled alike.
 */
export function shuffledOrder(ids: readonly string[], seed: number, itemId: string): string[] {
  return shuffle(ids, mulberry32((seed ^ Number.parseInt(hashKey(itemId), 36)) >>> 0));
}
