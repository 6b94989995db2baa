// A small seeded pseudo-random number generator for the benchmark corpus: the same seed gives
// the same numbers on every machine and Node version (no Math.random, no locale).

import { mulberry32 } from "../graph/random.js";

/** A seeded generator: `next()` in [0, 1), plus helpers for picking. */
export interface Rng {
  next(): number;
  /** Integer in [min, max] (both included). */
  int(min: number, max: number): number;
  /** One element, uniformly. */
  pick<T>(list: readonly T[]): T;
  /** One element, the first ones much more often (a Zipf-like skew, like fame in the news). */
  skewed<T>(list: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** Mixes two 32-bit integers into one (for per-article seeds: `mix(seed, index)`). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A seeded generator built on the project's mulberry32 (src/graph/random.ts), with picking helpers. */
export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)]!,
    skewed: (list) => list[Math.floor(Math.pow(next(), 2.2) * list.length)]!,
    chance: (p) => next() < p,
  };
}
