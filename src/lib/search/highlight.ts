/** The parts of a result's displayed name that the query matched, for highlighting. */
import { lowerBound, type NameTable } from '@/lib/search/name-table';
import { initials, isMinorWord, pluralPair, wordSpans, type WordSpan } from '@/lib/search/text';
import { fuseMatchedLetters } from '@/lib/search/typo-matchers';
import type { WordMatches } from '@/lib/search/word-matches';

/** A part of a displayed text to highlight: [start, end) in UTF-16 code units. */
export type HighlightRange = readonly [number, number];

export function mergeRanges(ranges: HighlightRange[]): HighlightRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (end > start) merged.push([start, end]);
  }
  return merged;
}

/** What one word of the name matched of the query, as ranges within the word's span. */
function wordRanges(
  table: NameTable,
  span: WordSpan,
  queryWords: readonly string[],
  perWord: readonly WordMatches[],
): HighlightRange[] {
  const { vocabulary } = table;
  const vocabularyWord = lowerBound(vocabulary, span.folded);
  for (let q = 0; q < queryWords.length; q++) {
    const word = queryWords[q]!;
    if (span.folded.startsWith(word)) return [[span.start, Math.min(span.end, span.start + word.length)]];
    if (pluralPair(span.folded, word)) return [[span.start, span.end]];
    const typos = perWord[q]?.typos;
    if (typos?.has(vocabularyWord) && vocabulary[vocabularyWord] === span.folded) {
      const prefix = typos.get(vocabularyWord);
      const marks: HighlightRange[] = prefix ? [[0, prefix]] : fuseMatchedLetters(word, span.folded);
      return marks.map(([s, e]) => [span.start + s, Math.min(span.end, span.start + e)]);
    }
  }
  return [];
}

/**
 * The ranges of `text` to highlight. A one-word query that is the initials of the name ("gam" for
 * "Global account manager") marks those initials, unless the name holds the word itself.
 */
export function highlightName(
  table: NameTable,
  text: string,
  queryWords: readonly string[],
  perWord: readonly WordMatches[],
): HighlightRange[] {
  const spans = wordSpans(text);
  const ranges = spans.flatMap((span) => wordRanges(table, span, queryWords, perWord));
  if (ranges.length > 0 || queryWords.length !== 1) return mergeRanges(ranges);
  if (initials(spans.map((s) => s.folded)) !== queryWords[0]) return [];
  return mergeRanges(spans.filter((s) => !isMinorWord(s.folded)).map((s) => [s.start, s.start + 1] as const));
}
