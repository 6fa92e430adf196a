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

  it('takes line endings per row: CRLF, LF and CR rows mixed in one file', () => {
    const t = table('a,b\r\n1,2\n3,4\r\n5,6\r7,8\n');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.records).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
      { line: 4, cells: ['5', '6'] },
      { line: 5, cells: ['7', '8'] },
    ]);
  });

  it('keeps any line ending inside a quoted cell as written, in an LF file and in a CRLF file', () => {
    const lf = table('a,b\n"one\r\ntwo",x\n"three\rfour",y\nlast,z\n');
    expect(lf.records.map((r) => r.cells)).toEqual([
      ['one\r\ntwo', 'x'],
      ['three\rfour', 'y'],
      ['last', 'z'],
    ]);
    expect(lf.records.map((r) => r.line)).toEqual([2, 4, 5]);
    const crlf = table('a,b\r\n"one\ntwo",x\r\n"say ""\r\n"" twice",y\r\n');
    expect(crlf.records.map((r) => r.cells)).toEqual([
      ['one\ntwo', 'x'],
      ['say "\r\n" twice', 'y'],
    ]);
  });

  it('reads a cell of 4 MB without a line break or a quote in one pass', () => {
    const long = 'x'.repeat(4 * 1024 * 1024);
    const t = table(`a,b\r\n${long},1\n"${long}\r\n",2\r\n`);
    expect(t.records.map((r) => [r.cells[0]!.length, r.cells[1], r.line])).toEqual([
      [long.length, '1', 2],
      [long.length + 2, '2', 3],
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

  it('says a UTF-16 file is UTF-16, with a byte-order mark or without, and how to save it as UTF-8', () => {
    const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = (bytes: Uint8Array) => bytes.map((_, i) => bytes[i % 2 === 0 ? i + 1 : i - 1]!);
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array([0xff, 0xfe, ...utf16le('a,b\n1,2\n')]), /UTF-16 LE/],
      [new Uint8Array([0xfe, 0xff, ...be(utf16le('a,b\n1,2\n'))]), /UTF-16 BE/],
      [utf16le('id,title\nx,y\n'), /UTF-16 LE/],
      [be(utf16le('id,title\nx,y\n')), /UTF-16 BE/],
    ];
    for (const [bytes, kind] of cases) {
      const result = decodeUtf8('t.csv', bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.issues[0]!.expected).toMatch(kind);
        expect(result.issues[0]!.expected).toMatch(/save it as "CSV UTF-8"/);
        expect(result.issues[0]!.expected).not.toMatch(/binary/);
      }
    }
  });

  it('finds the line of a bad byte at the end of 4 MB of text', () => {
    const text = new TextEncoder().encode(`a\n${'é,'.repeat(2 * 1024 * 1024)}\n\n`);
    const bytes = new Uint8Array([...text, 0xc3, 0x28]);
    const result = decodeUtf8('t.csv', bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.line).toBe(4);
    expect(decodeUtf8('t.csv', text)).toMatchObject({ ok: true });
  });

  it('rejects overlong forms and surrogates, which are not UTF-8', () => {
    for (const bad of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      expect(decodeUtf8('t.csv', new Uint8Array([0x61, 0x0a, ...bad])).ok).toBe(false);
    }
  });

  it('rejects binary content', () => {
    const result = decodeUtf8('t.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]));
    expect(result.ok).toBe(false);
  });
});
