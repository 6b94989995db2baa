// Seeded pseudo-random numbers for the graph stage: layout start positions and Louvain.
// mulberry32 (public domain, Tommy Ettinger): tiny, fast, good enough for layouts; never for secrets.

/** A function returning numbers in [0, 1), like Math.random but reproducible. */
export type Rng = () => number;

/**
 * mulberry32 generator seeded with a 32-bit integer. The same seed gives the same sequence.
 * @param seed any number; it is truncated to 32 bits.
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * FNV-1a 32-bit hash of a string (UTF-16 code units), mixed with `seed`.
 * Used to derive a per-node seed from its key so positions do not depend on node order.
 */
export function hashString(text: string, seed = 0): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
