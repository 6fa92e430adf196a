/**
 * Titles → roles and occupations, raw names → one display name. Works on distinct values with their counts
 * (a few thousand, however many records there are), so the engine does the per-record joins.
 */
import type { DataIssue } from '@/lib/data/issues';
import { skillKey, titleKey } from '@/lib/records/normalise';

export interface GroupRef {
  kind: 'role' | 'occupation';
  groupId: string;
}

export interface TitleMapInput {
  /** record_titles.csv rows with their lines. */
  titles: { kind: 'role' | 'occupation'; group_id: string; title: string; line: number }[];
  /** Each role's own title and plural mean the role. */
  roles: { id: string; title: string; title_plural?: string }[];
}

/** Normalised title → the role or occupation it means; two meanings for one title is a problem. */
export function buildTitleIndex(input: TitleMapInput): { index: Map<string, GroupRef>; issues: DataIssue[] } {
  const index = new Map<string, GroupRef>();
  const lines = new Map<string, number>();
  const issues: DataIssue[] = [];
  for (const row of input.titles) {
    const key = titleKey(row.title);
    const known = index.get(key);
    if (known && (known.kind !== row.kind || known.groupId !== row.group_id)) {
      issues.push({
        file: 'record_titles.csv',
        line: row.line,
        column: 3,
        columnName: 'title',
        found: row.title,
        expected: `a title meaning one thing; line ${lines.get(key)} maps the same title (ignoring case, punctuation and plurals) to ${known.groupId}`,
      });
      continue;
    }
    index.set(key, { kind: row.kind, groupId: row.group_id });
    lines.set(key, row.line);
  }
  for (const role of input.roles) {
    for (const title of [role.title, role.title_plural]) {
      if (title && !index.has(titleKey(title))) index.set(titleKey(title), { kind: 'role', groupId: role.id });
    }
  }
  return { index, issues };
}

export interface Counted {
  value: string;
  records: number;
}

export interface Merge {
  name: string;
  records: number;
  variants: Counted[];
}

/**
 * Raw names → one display name per normalised key: the alias file's name when it has the key, else the
 * spelling most records use (ties: the first in alphabetical order). Also the merges, largest first.
 */
export function mergeNames(
  counts: readonly Counted[],
  aliases: ReadonlyMap<string, string> = new Map(),
  keyOf: (name: string) => string = skillKey,
): { names: Map<string, string>; merges: Merge[] } {
  const groups = new Map<string, Counted[]>();
  for (const entry of counts) {
    const key0 = keyOf(entry.value);
    if (key0 === '') continue;
    const alias = aliases.get(key0);
    const key = alias === undefined ? key0 : `alias\u0000${alias}`;
    const list = groups.get(key);
    if (list) list.push(entry);
    else groups.set(key, [entry]);
  }
  const names = new Map<string, string>();
  const merges: Merge[] = [];
  for (const [key, variants] of groups) {
    variants.sort((a, b) => b.records - a.records || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    const name = key.startsWith('alias\u0000') ? key.slice(6) : variants[0]!.value.trim().replace(/\s+/g, ' ');
    for (const variant of variants) names.set(variant.value, name);
    if (variants.length > 1) merges.push({ name, records: variants.reduce((sum, v) => sum + v.records, 0), variants });
  }
  merges.sort((a, b) => b.variants.length - a.variants.length || b.records - a.records || a.name.localeCompare(b.name));
  return { names, merges };
}

/** Alias file rows → normalised alias → display name. */
export function aliasIndex(rows: readonly { alias: string; skill: string }[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const row of rows) {
    index.set(skillKey(row.alias), row.skill);
    index.set(skillKey(row.skill), row.skill);
  }
  return index;
}

export interface Suggestion {
  onetCode: string;
  /** The O*NET title (or alternative title) that matched. */
  matched: string;
}

/**
 * Suggests O*NET occupations for an unmapped title from O*NET's titles and alternative titles: an exact match
 * after normalisation first, else the titles sharing the most words (at least half of the words of both).
 */
export function occupationSuggester(
  titles: readonly { onet_code: string; title: string }[],
): (title: string) => Suggestion[] {
  const keys = titles.map((t) => titleKey(t.title));
  const byWord = new Map<string, number[]>();
  keys.forEach((key, i) => {
    for (const word of new Set(key.split(' '))) {
      const list = byWord.get(word);
      if (list) list.push(i);
      else byWord.set(word, [i]);
    }
  });
  return (title) => {
    const key = titleKey(title);
    const words = new Set(key.split(' ').filter(Boolean));
    const shared = new Map<number, number>();
    for (const word of words) for (const i of byWord.get(word) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const scored = [...shared]
      .map(([i, n]) => ({ i, score: keys[i] === key ? 2 : n / Math.max(words.size, keys[i]!.split(' ').length) }))
      .filter((s) => s.score >= 0.5)
      .sort((a, b) => b.score - a.score || a.i - b.i);
    const out: Suggestion[] = [];
    for (const { i } of scored) {
      if (out.some((s) => s.onetCode === titles[i]!.onet_code)) continue;
      out.push({ onetCode: titles[i]!.onet_code, matched: titles[i]!.title });
      if (out.length === 3) break;
    }
    return out;
  };
}
