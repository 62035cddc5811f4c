/** A small seeded PRNG (mulberry32) so every benchmark run sees the same data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** Picks a key with probability proportional to its weight. */
  const weighted = (weights: Readonly<Record<string, number>>): string => {
    const total = Object.values(weights).reduce((a, b) => a + b, 0);
    let r = next() * total;
    for (const [key, weight] of Object.entries(weights)) {
      r -= weight;
      if (r < 0) return key;
    }
    return Object.keys(weights)[0]!;
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof createRandom>;
