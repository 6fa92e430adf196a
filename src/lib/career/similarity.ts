/**
 * Which occupations need the same skills and knowledge, and what changes between two of them.
 *
 * Each occupation is a vector of O*NET importance ratings (0–100), one entry per skill and knowledge
 * area (an element it lacks counts 0). Two occupations are similar when their vectors point the same
 * way: the cosine of the angle between them, 1 for the same profile, 0 for nothing in common. Cosine
 * compares the shape of a profile, not its level, so an occupation that rates everything a little
 * lower still matches. All pairs take O(n² · d) time for n occupations and d elements, but only the
 * k best per occupation are kept, so memory stays O(n · (d + k)).
 */

export interface ImportanceProfile {
  key: string;
  /** Element id → importance 0–100. */
  ratings: ReadonlyMap<string, number>;
}

export interface Neighbour {
  key: string;
  /** Cosine similarity, 0–1. */
  similarity: number;
}

/** Cosine of two vectors of the same length; 0 when either is all zeros. */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa === 0 || bb === 0 ? 0 : dot / Math.sqrt(aa * bb);
}

/** Higher similarity first; the key breaks ties, so the order never depends on input order. */
const closerFirst = (a: Neighbour, b: Neighbour) =>
  b.similarity - a.similarity || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Keeps `list` (sorted closest first) at most `k` long after offering `candidate`. */
function offer(list: Neighbour[], candidate: Neighbour, k: number): void {
  if (list.length === k && closerFirst(candidate, list[k - 1]!) >= 0) return;
  let at = list.length;
  while (at > 0 && closerFirst(candidate, list[at - 1]!) < 0) at--;
  list.splice(at, 0, candidate);
  if (list.length > k) list.pop();
}

/**
 * The `k` most similar other profiles of every profile, closest first. Profiles with no ratings
 * have no neighbours and are no one's neighbour.
 */
export function nearestNeighbours(profiles: readonly ImportanceProfile[], k: number): Map<string, Neighbour[]> {
  const elements = [...new Set(profiles.flatMap((p) => [...p.ratings.keys()]))].sort();
  const index = new Map(elements.map((id, i) => [id, i]));
  const rated = profiles.filter((p) => p.ratings.size > 0);
  // Unit vectors, so each pair costs one dot product.
  const vectors = rated.map((p) => {
    const v = new Float64Array(elements.length);
    for (const [id, value] of p.ratings) v[index.get(id)!] = value;
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
    return v;
  });
  const best = new Map<string, Neighbour[]>(profiles.map((p) => [p.key, []]));
  for (let i = 0; i < rated.length; i++) {
    const a = vectors[i]!;
    for (let j = i + 1; j < rated.length; j++) {
      const b = vectors[j]!;
      let dot = 0;
      for (let e = 0; e < a.length; e++) dot += a[e]! * b[e]!;
      if (dot <= 0) continue;
      const similarity = Math.min(1, dot);
      offer(best.get(rated[i]!.key)!, { key: rated[j]!.key, similarity }, k);
      offer(best.get(rated[j]!.key)!, { key: rated[i]!.key, similarity }, k);
    }
  }
  return best;
}

export interface ImportanceGap {
  elementId: string;
  name: string;
  /** Importance in the occupation moved from (0 when it is not rated there). */
  from: number;
  /** Importance in the target. */
  to: number;
  /** to − from, in importance points. */
  gap: number;
}

/**
 * Every element rated in either occupation with its gap, the largest rise in the target first (name
 * breaks ties). Names come from whichever side rates the element.
 */
export function importanceGaps(
  from: readonly { elementId: string; name: string; importance: number }[],
  to: readonly { elementId: string; name: string; importance: number }[],
): ImportanceGap[] {
  const gaps = new Map<string, ImportanceGap>();
  for (const r of from)
    gaps.set(r.elementId, { elementId: r.elementId, name: r.name, from: r.importance, to: 0, gap: 0 });
  for (const r of to) {
    const known = gaps.get(r.elementId);
    if (known) known.to = r.importance;
    else gaps.set(r.elementId, { elementId: r.elementId, name: r.name, from: 0, to: r.importance, gap: 0 });
  }
  const list = [...gaps.values()].map((g) => ({ ...g, gap: Math.round((g.to - g.from) * 100) / 100 }));
  return list.sort((a, b) => b.gap - a.gap || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
