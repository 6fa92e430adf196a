/**
 * Every searchable form of every name, flattened into parallel arrays the engine scans: an entry's
 * title and alternative titles, and — for a name written "Long form (SHORT)" or "SHORT (Long form)",
 * as O*NET writes "Global Account Manager (GAM)" — each of its two parts on its own, so "gam" is
 * exactly that alternative title and "global account manager" is too. A form shows the whole name.
 *
 * Built once per engine from the index (nothing of it is shipped): the index stays names only.
 */
import type { SearchEntry } from '@/lib/search/index-format';
import { initials, searchWords } from '@/lib/search/text';

export interface NameTable {
  /** Per form: its entry's position in the index. */
  entry: number[];
  /** Per form: 1 when it comes from an alternative title, 0 from the title. */
  isAlias: number[];
  /** Per form: the whole name it comes from, as displayed. */
  text: string[];
  /** Per form: its folded words joined by spaces, and joined without spaces. */
  folded: string[];
  compact: string[];
  wordCount: number[];
  /** Distinct folded words of all forms, sorted; postings[w] lists the forms holding word w. */
  vocabulary: string[];
  vocabularyId: Map<string, number>;
  postings: Int32Array[];
  /** Forms by their initials ("gam" → forms of "Global account manager"). */
  byInitials: Map<string, number[]>;
  /**
   * What a one-word short form stands for, from names written with both ("gam" → ["global account
   * manager"]): the acronyms and abbreviations of O*NET's alternative titles.
   */
  expansions: Map<string, string[]>;
  /** Form ids sorted by folded form, and by compact form (binary search over either). */
  byFolded: Int32Array;
  byCompact: Int32Array;
  /** Per entry: its rank by folded title, the last tie-break. */
  alphabetical: Int32Array;
  /** Per entry: the folded words of its title. */
  titleWords: string[][];
}

/** "Long form (SHORT)" or "SHORT (Long form)": the two parts, or none. */
const PARENTHESISED = /^(.+?)\s*\(([^()]+)\)\s*$/;

/** The forms a displayed name is searched by: the whole name, then the parts around its parentheses. */
function formsOf(text: string): string[][] {
  const whole = searchWords(text);
  const parts = PARENTHESISED.exec(text);
  if (!parts) return [whole];
  const outside = searchWords(parts[1]!);
  const inside = searchWords(parts[2]!);
  return [whole, ...[outside, inside].filter((words) => words.length > 0)];
}

function push<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list.at(-1) !== id) list.push(id);
}

function sortedBy(form: readonly string[]): Int32Array {
  return Int32Array.from(form.keys()).sort((a, b) => (form[a]! < form[b]! ? -1 : form[a]! > form[b]! ? 1 : a - b));
}

/** Records the short form of a name that gives both ("Certified Public Accountant (CPA)" → "cpa"). */
function addExpansion(expansions: Map<string, Set<string>>, forms: string[][]): void {
  if (forms.length !== 3) return;
  const [, outside, inside] = forms as [string[], string[], string[]];
  const [short, long] = inside.length === 1 ? [inside, outside] : outside.length === 1 ? [outside, inside] : [];
  if (!short || !long || long.length < 2 || short[0]!.length < 2) return;
  const set = expansions.get(short[0]!) ?? new Set<string>();
  set.add(long.join(' '));
  expansions.set(short[0]!, set);
}

export function buildNameTable(entries: readonly SearchEntry[]): NameTable {
  const table = {
    entry: [] as number[],
    isAlias: [] as number[],
    text: [] as string[],
    folded: [] as string[],
    compact: [] as string[],
    wordCount: [] as number[],
    byInitials: new Map<string, number[]>(),
  };
  const postingsByWord = new Map<string, number[]>();
  const expansions = new Map<string, Set<string>>();
  entries.forEach((entry, position) => {
    [entry.title, ...(entry.aliases ?? [])].forEach((text, n) => {
      const forms = formsOf(text);
      addExpansion(expansions, forms);
      for (const words of forms) {
        const id = table.text.length;
        table.entry.push(position);
        table.isAlias.push(n === 0 ? 0 : 1);
        table.text.push(text);
        table.folded.push(words.join(' '));
        table.compact.push(words.join(''));
        table.wordCount.push(words.length);
        for (const word of words) push(postingsByWord, word, id);
        const abbreviation = initials(words);
        if (abbreviation) push(table.byInitials, abbreviation, id);
      }
    });
  });
  const vocabulary = [...postingsByWord.keys()].sort();
  const titleWords = entries.map((entry) => searchWords(entry.title));
  const alphabetical = new Int32Array(entries.length);
  entries
    .map((_, position) => ({ key: titleWords[position]!.join(' '), position }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.position - b.position))
    .forEach(({ position }, rank) => (alphabetical[position] = rank));
  return {
    ...table,
    vocabulary,
    vocabularyId: new Map(vocabulary.map((word, id) => [word, id])),
    postings: vocabulary.map((word) => Int32Array.from(postingsByWord.get(word)!)),
    expansions: new Map([...expansions].map(([short, longs]) => [short, [...longs].sort()])),
    byFolded: sortedBy(table.folded),
    byCompact: sortedBy(table.compact),
    alphabetical,
    titleWords,
  };
}

export function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position in `ids` (sorted by `form`) whose form is not below `value`. */
export function lowerBoundBy(ids: Int32Array, form: readonly string[], value: string): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (form[ids[mid]!]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
