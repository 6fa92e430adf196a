/**
 * The labelled search query set (issue 13): queries a person types, each with the entries accepted
 * as a correct answer, generated reproducibly (seeded) from the real index and O*NET's alternative
 * titles in data/, in classes: exact titles, prefixes, one- and two-letter typos of titles and
 * skills, acronyms and abbreviations, words out of order. Everyday queries are hand-checked and
 * live beside it (tests/fixtures/search-queries/hand-checked.json).
 *
 * `npx tsx bench/search-queries.ts` rewrites tests/fixtures/search-queries/generated.json; the
 * ranking tests (ranking-by-class.test.ts) and the search bench (bench/search-peers.ts) read both
 * files. Accepted answers follow one rule per class, written next to each generator below, and
 * never look at what any engine returns.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { SearchEntry, SearchIndex } from '@/lib/search/index-format';
import { searchWords } from '@/lib/search/text';

export const QUERY_CLASSES = ['exact', 'prefix', 'typo-1', 'typo-2', 'acronym', 'out-of-order', 'everyday'] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];

export interface LabelledQuery {
  query: string;
  class: QueryClass;
  /** Paths of the entries accepted as the right answer (any one of them first counts as correct). */
  accepted: string[];
  /** How the query was made, e.g. "transposition in 'nurses'" or the name it comes from. */
  note: string;
}

export const QUERY_FOLDER = fileURLToPath(new URL('../../fixtures/search-queries/', import.meta.url));
export const GENERATED_FILE = `${QUERY_FOLDER}generated.json`;
export const HAND_CHECKED_FILE = `${QUERY_FOLDER}hand-checked.json`;
const SEED = 13;

/** Both parts of the set: the generated queries, then the hand-checked ones. */
export function readQuerySet(): LabelledQuery[] {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as LabelledQuery[];
  return [...read(GENERATED_FILE), ...read(HAND_CHECKED_FILE)];
}

/** A small seeded generator (mulberry32): the same data always gives the same queries. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fold = (text: string) => searchWords(text).join(' ');

/** Every entry's names, folded, for the accepted-answer rules. */
interface NameIndex {
  entries: readonly SearchEntry[];
  /** Folded name → paths of the entries holding it (title or alternative title). */
  byName: Map<string, Set<string>>;
  /** Folded title → paths. */
  byTitle: Map<string, Set<string>>;
  vocabulary: Set<string>;
}

function nameIndex(index: SearchIndex): NameIndex {
  const byName = new Map<string, Set<string>>();
  const byTitle = new Map<string, Set<string>>();
  const vocabulary = new Set<string>();
  const add = (map: Map<string, Set<string>>, key: string, path: string) =>
    map.set(key, (map.get(key) ?? new Set()).add(path));
  for (const entry of index.entries) {
    add(byTitle, fold(entry.title), entry.path);
    for (const name of [entry.title, ...(entry.aliases ?? [])]) {
      add(byName, fold(name), entry.path);
      for (const word of searchWords(name)) vocabulary.add(word);
    }
  }
  return { entries: index.entries, byName, byTitle, vocabulary };
}

function sample<T>(items: readonly T[], count: number, next: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return out;
}

/** Exact titles: the entry itself, and any entry with the same title. */
function exactQueries(names: NameIndex, next: () => number): LabelledQuery[] {
  const roles = names.entries.filter((e) => e.kind === 'role');
  const others = names.entries.filter((e) => e.kind !== 'role');
  return [...sample(roles, 70, next), ...sample(others, 10, next)].map((entry) => ({
    query: entry.title,
    class: 'exact',
    accepted: [...names.byTitle.get(fold(entry.title))!].sort(),
    note: `title of ${entry.path}`,
  }));
}

/**
 * Prefixes: a title cut inside a word, at the shortest length (at least 4 letters) no other title
 * starts with. Accepted: every entry with a name (title or alternative title) starting with it.
 */
function prefixQueries(names: NameIndex, next: () => number): LabelledQuery[] {
  const titles = [...names.byTitle.keys()];
  const out: LabelledQuery[] = [];
  for (const entry of sample(
    names.entries.filter((e) => e.kind === 'role'),
    200,
    next,
  )) {
    const title = fold(entry.title);
    for (let length = 4; length < title.length; length++) {
      const prefix = title.slice(0, length);
      if (prefix.endsWith(' ') || title[length] === ' ') continue;
      if (titles.filter((t) => t.startsWith(prefix)).length !== 1) continue;
      const accepted = [...names.byName].filter(([name]) => name.startsWith(prefix)).flatMap(([, paths]) => [...paths]);
      out.push({ query: prefix, class: 'prefix', accepted: [...new Set(accepted)].sort(), note: `of ${entry.title}` });
      break;
    }
    if (out.length === 70) break;
  }
  return out;
}

/** Neighbouring keys on a QWERTY keyboard, for typos of the kind fingers make. */
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbours(letter: string): string {
  const row = KEYBOARD_ROWS.findIndex((r) => r.includes(letter));
  if (row < 0) return '';
  const at = KEYBOARD_ROWS[row]!.indexOf(letter);
  return [KEYBOARD_ROWS[row]![at - 1], KEYBOARD_ROWS[row]![at + 1]].filter(Boolean).join('');
}

const TYPO_KINDS = ['deletion', 'substitution', 'transposition', 'keyboard neighbour'] as const;
type TypoKind = (typeof TYPO_KINDS)[number];

/** One typo of `kind` at `at` in `word`, or undefined when it would not change the word. */
function typo(word: string, kind: TypoKind, at: number, next: () => number): string | undefined {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let out: string;
  if (kind === 'deletion') out = word.slice(0, at) + word.slice(at + 1);
  else if (kind === 'transposition') {
    if (at >= word.length - 1) return undefined;
    out = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  } else {
    const choices = kind === 'substitution' ? letters : neighbours(word[at]!);
    if (!choices) return undefined;
    out = word.slice(0, at) + choices[Math.floor(next() * choices.length)] + word.slice(at + 1);
  }
  return out === word ? undefined : out;
}

/**
 * Typos: one (in a word of 4+ letters) or two (in a word of 6+ letters; some both in its first
 * three letters, the case typo-matchers.ts documents) in one word of a role title or a skill.
 * A typo that spells another word of the index is skipped: it is no longer a typo anyone could
 * tell. Accepted: every entry with a name equal to the one typed.
 */
function typoQueries(names: NameIndex, next: () => number, count: number, mistakes: 1 | 2): LabelledQuery[] {
  const out: LabelledQuery[] = [];
  const skills = names.entries.filter((e) => e.kind === 'skill');
  const roles = names.entries.filter((e) => e.kind === 'role');
  const pool = [...sample(skills, mistakes === 1 ? 20 : 10, next), ...sample(roles, 400, next)];
  const minimum = mistakes === 1 ? 4 : 6;
  for (const entry of pool) {
    if (out.length === count) break;
    const words = searchWords(entry.title);
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= minimum && /^[a-z]+$/.test(w));
    if (long.length === 0) continue;
    const [word, position] = long[Math.floor(next() * long.length)]!;
    const nearStart = mistakes === 2 && out.length % 2 === 0;
    let typed: string | undefined = word;
    const kinds: string[] = [];
    for (let m = 0; m < mistakes && typed; m++) {
      const kind = TYPO_KINDS[Math.floor(next() * TYPO_KINDS.length)]!;
      const span = nearStart ? Math.min(3, typed.length) : typed.length;
      typed = typo(typed, kind, Math.floor(next() * span), next);
      kinds.push(kind);
    }
    if (!typed || names.vocabulary.has(typed)) continue;
    const query = words.map((w, i) => (i === position ? typed : w)).join(' ');
    if (names.byName.has(query)) continue;
    out.push({
      query,
      class: mistakes === 1 ? 'typo-1' : 'typo-2',
      accepted: [...names.byName.get(fold(entry.title))!].sort(),
      note: `${kinds.join(' + ')}${nearStart ? ' near the start' : ''} in "${word}" of ${entry.kind} "${entry.title}"`,
    });
  }
  return out;
}

/**
 * Acronyms and abbreviations: O*NET's short titles (onet_alternate_titles.csv, column short_title)
 * of alternative titles written "Long form (SHORT)". Accepted: every occupation with that short
 * title, and any entry whose title is its long form ("GAM" → the Global account manager role too).
 */
function acronymQueries(names: NameIndex, dataDir: string, next: () => number): LabelledQuery[] {
  const occupations = csv(`${dataDir}/onet_occupations.csv`);
  const pathOf = new Map(occupations.map((o) => [o.onet_code!, `roles/${o.id}/`]));
  const byShort = new Map<string, { paths: Set<string>; longs: Set<string> }>();
  for (const row of csv(`${dataDir}/onet_alternate_titles.csv`)) {
    const short = row.short_title?.trim();
    const path = pathOf.get(row.onet_code!);
    if (!short || !path) continue;
    const key = fold(short);
    const parts = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(row.title!);
    const long = parts ? [parts[1]!, parts[2]!].find((part) => fold(part) !== key) : undefined;
    const found = byShort.get(key) ?? { paths: new Set(), longs: new Set() };
    found.paths.add(path);
    if (long && fold(long) !== key) found.longs.add(fold(long));
    byShort.set(key, found);
  }
  const acronyms = [...byShort].filter(([key]) => /^[a-z]{2,6}$/.test(key));
  const phrases = [...byShort].filter(([key]) => key.includes(' '));
  return [...sample(acronyms, 60, next), ...sample(phrases, 15, next)].map(([key, { paths, longs }]) => {
    const accepted = new Set(paths);
    for (const long of longs) for (const path of names.byTitle.get(long) ?? []) accepted.add(path);
    return {
      query: key.includes(' ') ? key : key.toUpperCase(),
      class: 'acronym' as const,
      accepted: [...accepted].sort(),
      note: `short title of ${[...longs].join(' / ') || key}`,
    };
  });
}

/**
 * Words out of order: a role title of two to four words, its words in another order. Accepted:
 * every entry with a name of the same words.
 */
function outOfOrderQueries(names: NameIndex, next: () => number): LabelledQuery[] {
  const sameWords = (text: string) => searchWords(text).sort().join(' ');
  const byWords = new Map<string, Set<string>>();
  for (const entry of names.entries) {
    for (const name of [entry.title, ...(entry.aliases ?? [])]) {
      const key = sameWords(name);
      byWords.set(key, (byWords.get(key) ?? new Set()).add(entry.path));
    }
  }
  const out: LabelledQuery[] = [];
  for (const entry of sample(
    names.entries.filter((e) => e.kind === 'role'),
    400,
    next,
  )) {
    const words = searchWords(entry.title).filter((w) => !['and', 'of', 'the', 'all', 'other'].includes(w));
    if (words.length < 2 || words.length > 4 || new Set(words).size !== words.length) continue;
    const shuffled = [...words].reverse();
    if (shuffled.join(' ') === words.join(' ')) continue;
    const accepted = byWords.get(sameWords(entry.title)) ?? new Set([entry.path]);
    out.push({ query: shuffled.join(' '), class: 'out-of-order', accepted: [...accepted].sort(), note: entry.title });
    if (out.length === 60) break;
  }
  return out;
}

function csv(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** Top-1 and top-5 accuracy of one class (or of all queries): the share whose first / first five results hold an accepted entry. */
export interface Accuracy {
  queries: number;
  top1: number;
  top5: number;
  /** The queries whose first result was not accepted. */
  misses: { query: string; class: QueryClass; got: string[] }[];
}

/** Runs every query through `search` (paths of the results, best first) and scores the answers by class. */
export function measureAccuracy(
  queries: readonly LabelledQuery[],
  search: (query: string) => string[],
): Record<QueryClass | 'all', Accuracy> {
  const empty = (): Accuracy => ({ queries: 0, top1: 0, top5: 0, misses: [] });
  const out = Object.fromEntries([...QUERY_CLASSES, 'all'].map((c) => [c, empty()])) as Record<
    QueryClass | 'all',
    Accuracy
  >;
  for (const q of queries) {
    const got = search(q.query).slice(0, 5);
    const accepted = new Set(q.accepted);
    for (const bucket of [out[q.class], out.all]) {
      bucket.queries++;
      if (got[0] !== undefined && accepted.has(got[0])) bucket.top1++;
      else bucket.misses.push({ query: q.query, class: q.class, got });
      if (got.some((path) => accepted.has(path))) bucket.top5++;
    }
  }
  return out;
}

export function generateQuerySet(
  index: SearchIndex,
  dataDir = 'data',
  exclude: readonly string[] = [],
): LabelledQuery[] {
  const next = random(SEED);
  const names = nameIndex(index);
  const all = [
    ...exactQueries(names, next),
    ...prefixQueries(names, next),
    ...typoQueries(names, next, 60, 1),
    ...typoQueries(names, next, 40, 2),
    ...acronymQueries(names, dataDir, next),
    ...outOfOrderQueries(names, next),
  ];
  // One query, one answer set: later duplicates, and queries of the hand-checked part, are dropped.
  const seen = new Set<string>(exclude.map(fold));
  return all.filter((q) => !seen.has(fold(q.query)) && seen.add(fold(q.query)));
}
