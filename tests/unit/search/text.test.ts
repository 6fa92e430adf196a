import { describe, expect, it } from 'vitest';
import {
  foldText,
  initials,
  pluralPair,
  searchWords,
  singulars,
  typoAllowance,
  typoDistance,
  wordSpans,
} from '@/lib/search/text';

describe('search text', () => {
  it('ignores case, accents and punctuation', () => {
    expect(searchWords('Product manager/sales')).toEqual(['product', 'manager', 'sales']);
    expect(foldText('  Prodúct  MANAGER–sales ')).toBe('product manager sales');
    expect(foldText('+++')).toBe('');
  });

  it('keeps the positions of words in the displayed text', () => {
    const text = 'Manager, account executive';
    expect(wordSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['Manager', 'account', 'executive']);
  });

  it('abbreviates names of two or more words, leaving out small words', () => {
    expect(initials(searchWords('Global account manager'))).toBe('gam');
    expect(initials(searchWords('Head of Sales'))).toBe('hs');
    expect(initials(searchWords('Cloud'))).toBe('');
  });

  it('knows plural endings', () => {
    expect(pluralPair('nurse', 'nurses')).toBe(true);
    expect(pluralPair('coaches', 'coach')).toBe(true);
    expect(pluralPair('games', 'gam')).toBe(false);
    expect(pluralPair('manager', 'management')).toBe(false);
    expect(singulars('nurses')).toEqual(['nurse']);
    expect(singulars('coaches')).toEqual(['coache', 'coach']);
    expect(singulars('glass')).toEqual([]);
    expect(singulars('bus')).toEqual([]);
  });

  it('allows no typo in one or two letters, one in three or four, two beyond', () => {
    expect([1, 2, 3, 4, 5, 12].map(typoAllowance)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('counts an insertion, a deletion, a substitution or a swap as one mistake', () => {
    expect(typoDistance('clod', 'cloud', 2)).toBe(1);
    expect(typoDistance('cloud', 'clod', 2)).toBe(1);
    expect(typoDistance('clpud', 'cloud', 2)).toBe(1);
    expect(typoDistance('vmwrae', 'vmware', 2)).toBe(1);
    expect(typoDistance('acount', 'account', 2)).toBe(1);
    expect(typoDistance('manger', 'manager', 2)).toBe(1);
    expect(typoDistance('same', 'same', 0)).toBe(0);
  });

  it('stops counting past the allowance', () => {
    expect(typoDistance('amazon', 'vmware', 2)).toBe(3);
    expect(typoDistance('a', 'abcdef', 1)).toBe(2);
  });
});
