/** Edit distance (insertions, deletions, substitutions) between two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits still make a plausible typo between strings of these lengths. */
const allowedEdits = (a: number, b: number) => Math.max(2, Math.floor(Math.max(a, b) / 3));

/**
 * The closest candidate to `input`, if one is close enough to be a plausible typo. The edit distance
 * costs the product of the two lengths, so it is only computed for candidates whose length is close
 * enough to the input's to be within reach: a cell of megabytes is compared with no short name at all,
 * and the work never exceeds reading the input plus a bounded amount per candidate.
 */
export function didYouMean(
  input: string,
  candidates: readonly string[],
  distance: (a: string, b: string) => number = editDistance,
): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  let needle: string | undefined;
  for (const candidate of candidates) {
    if (Math.abs(input.length - candidate.length) > allowedEdits(input.length, candidate.length)) continue;
    needle ??= input.toLowerCase();
    const edits = distance(needle, candidate.toLowerCase());
    if (!best || edits < best.distance) best = { candidate, distance: edits };
  }
  if (!best) return undefined;
  return best.distance <= allowedEdits(input.length, best.candidate.length) ? best.candidate : undefined;
}
