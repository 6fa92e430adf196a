/**
 * The engine's passes over the name table, each recording its matches in a MatchCollector. See the
 * scoring at the top of engine.ts for the tiers they give.
 */
import { lowerBoundBy, type NameTable } from '@/lib/search/name-table';
import {
  COST_PER_TYPO,
  COST_PREFIX_WORD,
  EXACT,
  PREFIX,
  PREFIX_PARTIAL,
  TYPO,
  WORDS,
  WORDS_PARTIAL,
  type MatchCollector,
} from '@/lib/search/ranking';
import { pluralPair, singulars } from '@/lib/search/text';
import type { WordMatches } from '@/lib/search/word-matches';

/** Calls `visit` for every form whose folded form starts with `start`, in sorted order. */
function formsStartingWith(table: NameTable, start: string, visit: (form: number, folded: string) => void): void {
  const { byFolded, folded } = table;
  for (let i = lowerBoundBy(byFolded, folded, start); i < byFolded.length; i++) {
    const form = byFolded[i]!;
    if (!folded[form]!.startsWith(start)) break;
    visit(form, folded[form]!);
  }
}

/** Forms equal to `text` but for a plural ending of its last word, found as exact matches at `cost`. */
function exactForms(table: NameTable, collector: MatchCollector, text: string, cost: number): void {
  const lastSpace = text.lastIndexOf(' ');
  const head = text.slice(0, lastSpace + 1);
  for (const variant of [text, ...singulars(text.slice(lastSpace + 1)).map((s) => head + s)]) {
    formsStartingWith(table, variant, (form, folded) => {
      const rest = folded.slice(variant.length);
      if (rest === '' || (!rest.includes(' ') && pluralPair(folded.slice(lastSpace + 1), text.slice(lastSpace + 1)))) {
        collector.consider(form, EXACT, cost);
      }
    });
  }
}

/**
 * Tiers 0, 1 and 3: names equal to or starting with the query, found by binary search. A plural
 * ending makes no difference ("sales manager" is exactly "Sales Managers", and the other way).
 */
export function matchWholeNames(table: NameTable, collector: MatchCollector, query: string, compact: string): void {
  const lastSpace = query.lastIndexOf(' ');
  const lastWord = query.slice(lastSpace + 1);
  formsStartingWith(table, query, (form, text) => {
    // The name's word the last query word falls in: typed whole (or but for a plural ending), or not.
    const wordEnd = text.indexOf(' ', query.length);
    const nameWord = text.slice(lastSpace + 1, wordEnd < 0 ? undefined : wordEnd);
    const whole = nameWord === lastWord || pluralPair(nameWord, lastWord);
    collector.consider(form, !whole ? PREFIX_PARTIAL : wordEnd < 0 ? EXACT : PREFIX, 0);
  });
  // A plural query finds singular names, as whole words only; a name as typed goes first when
  // they tie ("CTRS" is one short title, "CTR" another).
  for (const singular of singulars(lastWord)) {
    const shorter = query.slice(0, lastSpace + 1) + singular;
    formsStartingWith(table, shorter, (form, text) => {
      if (text.length === shorter.length) collector.consider(form, EXACT, 0, 1);
      else if (text[shorter.length] === ' ') collector.consider(form, PREFIX, 0, 1);
    });
  }
  // The query may join or split words ("salesforce" / "sales force"): that costs a word start.
  const { byCompact, compact: compactForms } = table;
  for (let i = lowerBoundBy(byCompact, compactForms, compact); i < byCompact.length; i++) {
    const form = byCompact[i]!;
    if (!compactForms[form]!.startsWith(compact)) break;
    collector.consider(form, compactForms[form]!.length === compact.length ? EXACT : PREFIX_PARTIAL, COST_PREFIX_WORD);
  }
}

/**
 * A one-word query that is a short form O*NET gives for a title ("cto", "cpa", "gam"): every name
 * equal to what it stands for is an exact match, as the short form itself is — so "Global account
 * manager" is exactly "gam", while names whose initials merely spell a word only match as words.
 */
export function matchShortForm(table: NameTable, collector: MatchCollector, word: string): void {
  for (const long of table.expansions.get(word) ?? []) exactForms(table, collector, long, 0);
  if (word.length < 2) return;
  for (const form of table.byInitials.get(word) ?? []) collector.consider(form, WORDS, 0);
}

/** Whether the query words match words of the form in the order they were typed. */
function inOrder(table: NameTable, form: number, matchedSets: Set<number>[]): boolean {
  const words = table.folded[form]!.split(' ');
  let from = 0;
  for (const matched of matchedSets) {
    while (from < words.length && !matched.has(table.vocabularyId.get(words[from]!)!)) from++;
    if (from === words.length) return false;
    from++;
  }
  return true;
}

/** Scratch arrays of matchWords, reused by every pass; valid where their stamp equals the pass's. */
export interface WordPassScratch {
  seen: Int32Array;
  matched: Uint8Array;
  cost: Int32Array;
  stamp: number;
}

export const wordPassScratch = (forms: number): WordPassScratch => ({
  seen: new Int32Array(forms),
  matched: new Uint8Array(forms),
  cost: new Int32Array(forms),
  stamp: 0,
});

/** Forms in which every query word matches a word, with the summed cost; the rarest word goes first. */
function intersect(table: NameTable, scratch: WordPassScratch, perWord: WordMatches[]): number[] {
  const stamp = ++scratch.stamp;
  const { seen, matched, cost: formCost } = scratch;
  const order = perWord.map((_, i) => i).sort((a, b) => perWord[a]!.postings - perWord[b]!.postings);
  const candidates: number[] = [];
  order.forEach((q, step) => {
    const { words, costs } = perWord[q]!;
    for (let k = 0; k < words.length; k++) {
      const list = table.postings[words[k]!]!;
      const cost = costs[k]!;
      for (let p = 0; p < list.length; p++) {
        const form = list[p]!;
        if (step === 0) {
          if (seen[form] !== stamp) {
            seen[form] = stamp;
            matched[form] = 1;
            formCost[form] = cost;
            candidates.push(form);
          }
        } else if (seen[form] === stamp && matched[form] === step) {
          matched[form] = step + 1;
          formCost[form] = formCost[form]! + cost;
        }
      }
    }
  });
  return candidates.filter((form) => matched[form] === perWord.length);
}

/** Tiers 2, 4 and 5: names in which every query word matches a word, in any order. */
export function matchWords(
  table: NameTable,
  collector: MatchCollector,
  scratch: WordPassScratch,
  perWord: WordMatches[],
): void {
  const matchedSets = perWord.length > 1 ? perWord.map((m) => new Set(m.words)) : [];
  for (const form of intersect(table, scratch, perWord)) {
    const typed = scratch.cost[form]!;
    const outOfOrder = matchedSets.length > 0 && !inOrder(table, form, matchedSets) ? 1 : 0;
    collector.consider(form, typed >= COST_PER_TYPO ? TYPO : typed > 0 ? WORDS_PARTIAL : WORDS, typed, outOfOrder);
  }
}
