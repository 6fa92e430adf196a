/**
 * Every function that reads text from data, on cells of several megabytes. Each is written to read its
 * input a bounded number of times (no regex that retries the rest of the text at every position, no
 * nested scans); these cases assert what each returns on inputs where a quadratic version would never
 * finish, e.g. the old sentence regex in excerpt() took 3.6 s on 80,000 characters and hours on 4 MB.
 */
import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '@/lib/data/validate';
import { formatIssue } from '@/lib/data/issues';
import { shortEducationLabel, withoutClosingParenthesis, matchingAlternativeTitle } from '@/lib/occupation/words';
import { excerpt, groupByInitial } from '@/lib/listing/rank';
import { textWidth, wrapLabel, wrapText } from '@/lib/charts/layout/text';
import { foldText, searchWords, wordSpans } from '@/lib/search/text';
import { metaDescription, pageTitle } from '@/lib/seo/meta';
import { serializeJsonLd } from '@/lib/seo/json-ld';
import { didYouMean, editDistance } from '@/lib/text/did-you-mean';
import { matchKey, MAX_SLUG_LENGTH, slugify } from '@/lib/text/slug';
import { seedWith, seedText } from '../support/data-folder';

const MB = 1024 * 1024;
/** Megabytes take a while on a loaded 2-core machine when every test file runs at once: a safety net, not a timing. */
const LARGE = { timeout: 60_000 };
const words = (n: number) => 'lorem ipsum dolor '.repeat(Math.ceil(n / 18)).slice(0, n);

describe('excerpt', LARGE, () => {
  it('cuts 4 MB of words without sentence punctuation on a word boundary', () => {
    const text = words(4 * MB);
    const cut = excerpt(text);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(180);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('keeps the first sentence of a 4 MB text, and cuts 4 MB without a space', () => {
    expect(excerpt(`A short first sentence. ${words(4 * MB)}`)).toBe('A short first sentence.');
    expect(excerpt('x'.repeat(4 * MB), 50)).toBe(`${'x'.repeat(49)}…`);
    expect(excerpt('.'.repeat(4 * MB), 50)).toBe(`${'.'.repeat(49)}…`);
  });

  it('keeps the text before a stop that is not a sentence end ("e.g.x")', () => {
    expect(excerpt('Roles e.g.sales. Then more words that do not fit at all here', 30)).toBe('Roles e.g.sales.');
  });
});

describe('slugs and match keys', LARGE, () => {
  it('a 4 MB name becomes a slug short enough for a file name, distinct from a name with the same start', () => {
    const a = slugify(`${words(4 * MB)} one`);
    const b = slugify(`${words(4 * MB)} two`);
    expect(a.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(a).toMatch(/^lorem-ipsum-dolor-[a-z0-9-]*-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    expect(slugify(`${'-'.repeat(4 * MB)}x${'+'.repeat(MB)}`).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slugify('C++ Programming')).toBe('c-plus-plus-programming');
  });

  it('matchKey folds 4 MB of spaces and words', () => {
    expect(matchKey(`  Global${' '.repeat(4 * MB)}ACCOUNT  `)).toBe('global account');
  });
});

describe('search text', LARGE, () => {
  it('folds the words of 4 MB of accented text', () => {
    const text = 'Prodúct manager/sales '.repeat((4 * MB) / 22);
    const folded = searchWords(text);
    expect(folded).toHaveLength(3 * Math.floor((4 * MB) / 22));
    expect(folded.slice(0, 3)).toEqual(['product', 'manager', 'sales']);
    expect(foldText('é'.repeat(4 * MB))).toBe('e'.repeat(4 * MB));
    expect(wordSpans(`x${' '.repeat(4 * MB)}y`).map((s) => s.folded)).toEqual(['x', 'y']);
  });
});

describe('did you mean', LARGE, () => {
  it('computes edit distances only for names within reach: none for 1 MB or 4 MB, the same few for a typo', () => {
    const names = ['employers.csv', 'roles.csv', 'skills.csv', 'salaries.csv'];
    const counted = (input: string) => {
      let cells = 0;
      didYouMean(input, names, (a, b) => {
        cells += a.length * b.length;
        return editDistance(a, b);
      });
      return cells;
    };
    expect(counted('x'.repeat(MB))).toBe(0);
    expect(counted('x'.repeat(4 * MB))).toBe(0);
    expect(counted('employer.csv')).toBe(counted('employer.csx'));
    expect(counted('employer.csv')).toBeLessThanOrEqual(12 * names.join('').length);
  });

  it('compares a 4 MB cell with no short name, and still finds a typo', () => {
    expect(didYouMean('x'.repeat(4 * MB), ['employers.csv', 'roles.csv'])).toBeUndefined();
    expect(didYouMean('employer.csv', ['employers.csv', 'roles.csv'])).toBe('employers.csv');
  });
});

describe('page metadata, JSON-LD and chart labels', LARGE, () => {
  it('shortens 4 MB texts to what titles and descriptions hold', () => {
    expect(metaDescription(words(4 * MB)).length).toBeLessThanOrEqual(160);
    expect(pageTitle('x'.repeat(4 * MB)).length).toBeLessThanOrEqual(70);
    expect(serializeJsonLd({ text: '<'.repeat(MB) })).not.toContain('<');
  });

  it('wraps a 4 MB label into at most three lines within the width, shortened with the full text kept', () => {
    // Issue 10: a label wraps, or is shortened with its full text available (the SVG title), never overflows.
    const label = wrapLabel(words(4 * MB), 200, 12);
    expect(label.lines).toHaveLength(3);
    for (const line of label.lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(200);
    expect(label.lines.at(-1)).toMatch(/…$/);
    expect(label.full).toBe(words(4 * MB).trim());
    const word = wrapLabel('x'.repeat(4 * MB), 200, 12);
    expect(word.lines).toHaveLength(3);
    for (const line of word.lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(200);
    expect(word.full).toBe('x'.repeat(4 * MB));
    expect(wrapText('x'.repeat(4 * MB), 200, 12)).toEqual(word.lines);
  });

  it('drops a closing parenthesis from O*NET labels, in one pass over 4 MB of "(" or spaces', () => {
    expect(withoutClosingParenthesis('Global Account Manager (GAM)')).toBe('Global Account Manager');
    expect(withoutClosingParenthesis('A (b) c')).toBe('A (b) c');
    expect(withoutClosingParenthesis('A (b (c)')).toBe('A');
    expect(withoutClosingParenthesis(`x${'('.repeat(4 * MB)}`)).toBe(`x${'('.repeat(4 * MB)}`);
    expect(withoutClosingParenthesis(`x${' '.repeat(4 * MB)}(y)`)).toBe('x');
    expect(shortEducationLabel(`${' '.repeat(4 * MB)}x`)).toBe('x');
    expect(shortEducationLabel("Associate's Degree (or other 2-year degree)")).toBe("Associate's Degree");
    expect(matchingAlternativeTitle('Global account manager', [{ title: 'Global Account Manager (GAM)' }])).toBe(
      'Global Account Manager (GAM)',
    );
  });

  it('groups 100,000 names by initial letter', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ name: `a${i}` }));
    const groups = groupByInitial(items);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.items).toHaveLength(100_000);
  });
});

describe('the data step', LARGE, () => {
  it('validates a 4 MB description and reports a 4 MB bad cell briefly', () => {
    const roles = seedText('roles.csv').split('\n');
    roles[1] = roles[1]!.replace(/,"[^"]*",11-2022/, `,"${words(4 * MB)}",11-2022`);
    const ok = validateDataFolder(seedWith({ 'roles.csv': roles.join('\n') }));
    expect(ok.issues).toEqual([]);
    expect(ok.tables.roles[0]!.row.description?.length).toBe(words(4 * MB).trim().length);

    const bad = validateDataFolder(
      seedWith({
        'employers.csv': `role_id,employer,open_jobs,source_id\nx,Y,${'9,'.repeat(0)}${'1'.repeat(4 * MB)}z,career-page-gam\n`,
      }),
    );
    const message = bad.issues.map((issue) => formatIssue(issue)).find((m) => m.includes('open_jobs'))!;
    expect(message).toMatch(
      /^data\/employers\.csv:2:3 \(column open_jobs\): found "1{80}"… \(4,194,305 characters\); expected a whole number/,
    );
  });

  it('checks a header of 200,000 columns in one pass', () => {
    const header = Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(',');
    const result = validateDataFolder(seedWith({ 'employers.csv': `${header}\n` }));
    const employers = result.issues.filter((issue) => issue.file === 'employers.csv');
    expect(employers.filter((issue) => issue.line === 1 && issue.column > 0)).toHaveLength(200_000);
    const missing = employers.find((issue) => issue.column === 0)!;
    expect(missing.expected).toMatch(/the header has c0, c1, .*, and 199960 more$/);
  });
});
