import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseCsv } from '@/lib/data/csv';

function table(text: string) {
  const result = parseCsv('t.csv', text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.table;
}

describe('parseCsv', () => {
  it('reads the header and records with the line each starts on', () => {
    const t = table('a,b\n1,2\n3,4\n');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.records).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('follows RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes', () => {
    const t = table('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,row\n');
    expect(t.records.map((r) => r.cells)).toEqual([
      ['x, y', 'say "hi"'],
      ['two\nlines', 'z'],
      ['last', 'row'],
    ]);
    expect(t.records.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it('counts lines across blank lines and CRLF endings', () => {
    expect(table('a\r\n1\r\n\r\n2\r\n').records).toEqual([
      { line: 2, cells: ['1'] },
      { line: 4, cells: ['2'] },
    ]);
  });

  it('trims header names but keeps cells as written', () => {
    const t = table(' a , b\n x ,y\n');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.records[0]!.cells).toEqual([' x ', 'y']);
  });

  it('reports an unterminated quote with its line', () => {
    const result = parseCsv('t.csv', 'a,b\n1,2\n3,"4\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ file: 't.csv', line: 3 });
  });

  it('rejects an empty file', () => {
    const result = parseCsv('t.csv', '  \n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.expected).toMatch(/empty/);
  });
});

describe('decodeUtf8', () => {
  it('strips a byte-order mark', () => {
    const result = decodeUtf8('t.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]));
    expect(result).toEqual({ ok: true, text: 'a' });
  });

  it('names the line of the first byte that is not UTF-8', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('a,b\n1,2\ncaf'), 0xe9, 0x0a]);
    const result = decodeUtf8('t.csv', latin1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ line: 3, expected: expect.stringMatching(/UTF-8/) });
  });

  it('rejects binary content', () => {
    const result = decodeUtf8('t.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]));
    expect(result.ok).toBe(false);
  });
});
