/**
 * The order in which one learner sees a scenario's options: shuffled, so the recommended answer does not sit in a
 * fixed place, but the same every time that learner opens that scenario. A pure function of the learner's id, the
 * scenario's id and its options' ids.
 */
export function optionOrder<T extends { id: string }>(learnerId: string, scenarioId: string, options: readonly T[]): T[] {
  const random = mulberry32(hash(`${learnerId}:${scenarioId}`));
  const order = [...options];
  // Fisher–Yates, driven by the seeded generator.
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** FNV-1a: a small, well-spread 32-bit hash of a string, to seed the generator. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mulberry32: a tiny seeded generator of numbers in [0, 1); good enough to shuffle a handful of options. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
