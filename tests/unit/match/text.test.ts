/** Finding vocabulary terms in pasted text: words, multi-word terms, case and punctuation, long texts. */
import { describe, expect, it } from 'vitest';
import { termKey, termMatcher, words } from '@/lib/match/text';

const TERMS = [
  'Customer Service',
  'Service',
  'Microsoft Excel',
  'Excel',
  'C++',
  'C#',
  'Node.js',
  'R',
  'Sales and Marketing',
  'Négociation',
];
const found = (text: string) =>
  termMatcher(TERMS)
    .find(text)
    .map((i) => TERMS[i]);

describe('words', () => {
  it('lower-cases, drops accents and punctuation, keeps C++ and C#', () => {
    expect(words('Led Customer-Service, in C++/C# (Node.js); Négociation!')).toEqual([
      'led',
      'customer',
      'service',
      'in',
      'c++',
      'c#',
      'node',
      'js',
      'negociation',
    ]);
    expect(termKey('  Sales  and MARKETING ')).toBe('sales and marketing');
  });
});

describe('termMatcher', () => {
  it('finds multi-word terms across case, hyphens, line breaks and punctuation', () => {
    expect(found('Five years of CUSTOMER-service\nand sales\tand marketing.')).toEqual([
      'Customer Service',
      'Sales and Marketing',
    ]);
  });

  it('prefers the longest term at a word and does not count the shorter one inside it', () => {
    expect(found('microsoft excel')).toEqual(['Microsoft Excel']);
    expect(found('excel, then microsoft excel')).toEqual(['Excel', 'Microsoft Excel']);
    expect(found('customer support and service')).toEqual(['Service']);
  });

  it('matches symbols and dotted names, each term once, in order of first appearance', () => {
    expect(found('node.js and C++ and c# and NODE JS and c++')).toEqual(['Node.js', 'C++', 'C#']);
  });

  it('never matches a one-letter word such as R in text, nor part of a word', () => {
    expect(found('r is a letter; services; customers service')).toEqual(['Service']);
  });

  it('accent-insensitive on both sides', () => {
    expect(found('negociation')).toEqual(['Négociation']);
  });

  it('works on a 1 MB text, including the prefix-heavy worst case', () => {
    const text = `${'customer '.repeat(110_000)}customer service ${'sales and '.repeat(5_000)}sales and marketing`;
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(found(text)).toEqual(['Customer Service', 'Sales and Marketing']);
  });

  it('finds nothing in empty or symbol-only text', () => {
    expect(found('')).toEqual([]);
    expect(found('—— !!! ...')).toEqual([]);
  });
});
