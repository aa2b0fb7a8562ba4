/**
 * A small deterministic pseudo-random generator (mulberry32). The sample's measured values vary
 * month to month like real figures, yet two samples created on the same day hold the same numbers,
 * so screenshots, tests and a consultant's walkthrough all see the same story.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fixed seed of the sample workspace. */
export const SAMPLE_SEED = 20_001_2018;
