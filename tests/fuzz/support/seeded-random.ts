// A small seeded generator (mulberry32) for the mutators: the same seed gives the same input, so a
// case printed by a failing run can be replayed, and fast-check can shrink the seeds it drew.
export type Random = {
  /** An integer in [0, bound). */
  int: (bound: number) => number;
  /** An integer in [min, max]. */
  between: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (probability: number) => boolean;
  bytes: (length: number) => Uint8Array;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (bound: number) => (bound <= 0 ? 0 : Math.floor(next() * bound));
  return {
    int,
    between: (min, max) => min + int(max - min + 1),
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    chance: (probability) => next() < probability,
    bytes: (length) => Uint8Array.from({ length }, () => int(256)),
  };
}
