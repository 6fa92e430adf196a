import { describe, expect, it } from 'vitest';
import { azIndex } from '@/lib/search/a-z';
import type { SearchEntry } from '@/lib/search/index-format';
import { groupByKind, highlightPieces, suggestionItem } from '@/lib/search/present';
import { searchPageHref } from '@/lib/search/urls';
import { queryOfSearch } from '@/lib/search/query';
import { seedSiteModel } from './seed-index';

const entry = (kind: SearchEntry['kind'], title: string): SearchEntry => ({ kind, title, path: 'x/', detail: '' });

describe('presenting results', () => {
  it('groups by kind in the order of each group’s best result, keeping the ranking inside groups', () => {
    const items = [entry('skill', 'A'), entry('role', 'B'), entry('skill', 'C'), entry('employer', 'D')].map(
      suggestionItem,
    );
    expect(groupByKind(items).map((g) => [g.kind, g.items.map((i) => i.entry.title)])).toEqual([
      ['skill', ['A', 'C']],
      ['role', ['B']],
      ['employer', ['D']],
    ]);
  });

  it('cuts a text into plain and highlighted pieces that join back to the text', () => {
    const text = 'Global account manager';
    const pieces = highlightPieces(text, [
      [7, 14],
      [15, 22],
    ]);
    expect(pieces).toEqual([
      { text: 'Global ', marked: false },
      { text: 'account', marked: true },
      { text: ' ', marked: false },
      { text: 'manager', marked: true },
    ]);
    expect(
      highlightPieces(text, [[20, 99]])
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
    expect(highlightPieces(text, [])).toEqual([{ text, marked: false }]);
  });

  it('puts the query in the results page address and reads it back', () => {
    expect(searchPageHref('acount manger')).toBe('/search/?q=acount%20manger');
    expect(searchPageHref('  ')).toBe('/search/');
    expect(queryOfSearch('?q=acount%20manger')).toBe('acount manger');
    expect(queryOfSearch('?q=a%26b+c')).toBe('a&b c');
    expect(queryOfSearch('')).toBe('');
  });
});

describe('A–Z index', () => {
  const { catalogue } = seedSiteModel();
  const letters = azIndex(catalogue);
  const items = letters.flatMap((l) => l.items);

  it('lists every role, skill and employer once', () => {
    expect(items).toHaveLength(catalogue.roles.length + catalogue.skills.length + catalogue.employers.length);
    expect(
      items
        .filter((i) => i.kind === 'role')
        .map((i) => i.path)
        .sort(),
    ).toEqual(catalogue.roles.map((r) => `roles/${r.id}/`).sort());
  });

  it('files each name under its first letter, letters in order, names sorted ignoring case', () => {
    for (const letter of letters) {
      for (const item of letter.items) expect(item.title[0]!.toUpperCase()).toBe(letter.letter);
      const titles = letter.items.map((i) => i.title.toLowerCase());
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
    }
    expect(letters.map((l) => l.letter)).toEqual([...letters.map((l) => l.letter)].sort());
    expect(new Set(letters.map((l) => l.id)).size).toBe(letters.length);
  });
});
