import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, recordsToCsv, writeCsv } from '@/lib/downloads/csv';

describe('formula neutralisation', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\rx', "'\rx"],
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
  ])('puts an apostrophe before %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it.each(['-4.6', '+0.1', '-5', '12', '0.5', '-.5', '1e3', 'Global Account', 'a=b', 'x-y', ''])(
    'leaves %j as it is',
    (input) => {
      expect(neutraliseFormula(input)).toBe(input);
    },
  );

  it('never touches numbers given as numbers', () => {
    expect(csvCell(-4.6)).toBe('-4.6');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('RFC 4180 writing', () => {
  it('quotes cells with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('Manager, account executive')).toBe('"Manager, account executive"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('ends every record with CRLF', () => {
    expect(
      writeCsv([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
    expect(writeCsv([])).toBe('');
  });

  it('reads back to the same values, with formulas made text', () => {
    const records = [
      { name: 'Manager, account executive', diff: -4.6, note: '=1+1' },
      { name: 'He said "yes"', diff: 0.1, note: 'multi\r\nline' },
    ];
    const text = recordsToCsv(
      [
        { key: 'name', header: 'Name' },
        { key: 'diff', header: 'Difference' },
        { key: 'note', header: 'Note' },
      ],
      records,
    );
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['Name', 'Difference', 'Note'],
      ['Manager, account executive', '-4.6', "'=1+1"],
      ['He said "yes"', '0.1', 'multi\r\nline'],
    ]);
  });
});
