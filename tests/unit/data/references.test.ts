/**
 * The one generic reference check (data/references.ts) over every reference the table registry
 * declares, on the seed with the fixture import beside it: hand-made and imported files alike.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkReferenceRows } from '@/lib/data/references';
import { REFERENCES, TABLES, type Reference, type TableName } from '@/lib/data/tables';
import { validateDataFolder } from '@/lib/data/validate';
import { importOfficial } from '@/lib/import/official';
import { BLS, EP, ONET_29, folder } from '../import/fixtures';
import { seedFiles } from '../support/data-folder';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The seed and the fixture import (projections included), file name → CSV text. */
const base = (() => {
  const result = importOfficial({ onet: folder(ONET_29), bls: folder(BLS), ep: folder(EP), takenRoleIds: new Set() });
  if (!result.ok) throw new Error('fixtures do not import');
  const texts = new Map([...seedFiles()].map(([name, bytes]) => [name, decoder.decode(bytes)]));
  for (const [name, csv] of result.files) texts.set(name, csv);
  return texts;
})();

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
const validate = (texts: ReadonlyMap<string, string>) =>
  validateDataFolder(new Map([...texts].map(([name, text]) => [name, encoder.encode(text)])));

/** `texts` with the data lines of `file` for which `drop` holds removed (no cell of these files spans lines). */
function without(texts: ReadonlyMap<string, string>, file: string, drop: (row: Record<string, string>) => boolean) {
  const [header, ...lines] = texts.get(file)!.split('\n');
  const kept = lines.filter((line) => {
    const row = parse(`${header}\n${line}`).data[0];
    return !row || !drop(row);
  });
  return new Map([...texts, [file, [header, ...kept].join('\n')]]);
}

const declared = (Object.keys(REFERENCES) as TableName[]).flatMap((name) =>
  (REFERENCES[name] as readonly Reference[]).map((reference) => ({ name, reference })),
);

describe('the generic reference check', () => {
  it('finds nothing wrong in the seed with the fixture import', () => {
    expect(validate(base).issues).toEqual([]);
  });

  it('covers references of hand-made and imported files', () => {
    const files = new Set(declared.map(({ name }) => TABLES[name].file));
    for (const file of ['skills.csv', 'comparison_skills.csv', 'roles.csv', 'onet_tasks.csv', 'bls_oews.csv'])
      expect(files).toContain(file);
  });

  for (const { name, reference } of declared) {
    const file = TABLES[name].file;
    const label = `${file} ${reference.columns.join(' + ')} → ${reference.to.map((t) => TABLES[t].file).join(' or ')}`;
    it(`reports every row of ${label} naming a row that is gone, at its file, line and column`, () => {
      const { data, meta } = parse(base.get(file)!);
      const fields = meta.fields!;
      const index = data.findIndex((row) => reference.columns.every((column) => row[column]));
      expect(index, `${file} has a row with ${reference.columns.join(', ')}`).toBeGreaterThanOrEqual(0);
      const named = reference.columns.map((column) => data[index]![column]!);
      const naming = (row: Record<string, string>) => reference.columns.every((column, i) => row[column] === named[i]);
      // Remove the named row from every target file that holds it.
      let texts: Map<string, string> = new Map(base);
      for (const target of reference.to) {
        const spec = TABLES[target];
        if (!texts.has(spec.file)) continue;
        texts = without(texts, spec.file, (row) => spec.key.every((column, i) => row[column] === named[i]));
      }
      const expected = data.flatMap((row, i) =>
        naming(row)
          ? [
              {
                file,
                line: i + 2,
                column: fields.indexOf(reference.columns[0]!) + 1,
                columnName: reference.columns.join(' + '),
                found: named.join(', '),
              },
            ]
          : [],
      );
      const found = validate(texts).issues.filter(
        (issue) => issue.file === file && issue.columnName === reference.columns.join(' + '),
      );
      expect(found).toEqual(expected.map((e) => expect.objectContaining(e)));
      for (const issue of found) {
        if (reference.expected) expect(issue.expected).toBe(reference.expected);
        else expect(issue.expected).toMatch(/^an id from \S+\.csv/);
      }
    });
  }

  it('says which file an id should come from, with a close one when there is', () => {
    const issues = checkReferenceRows(
      'skills.csv',
      [{ row: { role_id: 'global-acount-manager' }, line: 7, columns: { role_id: 1 } }],
      { columns: ['role_id'], to: ['roles'], whenAbsent: 'skip' },
      { state: 'checked', ids: new Set(['global-account-manager']), rejected: new Set(), label: 'roles.csv' },
    );
    expect(issues).toEqual([
      {
        file: 'skills.csv',
        line: 7,
        column: 1,
        columnName: 'role_id',
        found: 'global-acount-manager',
        expected: 'an id from roles.csv: did you mean "global-account-manager"?',
      },
    ]);
  });

  it('counts a row already reported as invalid as known, so one bad row is one problem', () => {
    const issues = checkReferenceRows(
      'skills.csv',
      [{ row: { role_id: 'Broken-Role' }, line: 2, columns: { role_id: 1 } }],
      { columns: ['role_id'], to: ['roles'], whenAbsent: 'skip' },
      { state: 'checked', ids: new Set(), rejected: new Set(['broken-role']), label: 'roles.csv' },
    );
    expect(issues).toEqual([]);
  });

  it('leaves a blank optional cell alone: it names nothing', () => {
    const issues = checkReferenceRows(
      'roles.csv',
      [{ row: { id: 'a' }, line: 2, columns: { onet_code: 5 } }],
      { columns: ['onet_code'], to: ['onetOccupations'], whenAbsent: 'skip' },
      { state: 'checked', ids: new Set(['11-2022.00']), rejected: new Set(), label: 'onet_occupations.csv' },
    );
    expect(issues).toEqual([]);
  });

  it('reports a missing target file once per referring file, or not at all where it may be absent', () => {
    const noLevels = new Map(base);
    noLevels.delete(TABLES.onetEducationLevels.file);
    expect(validate(noLevels).issues).toEqual([
      expect.objectContaining({
        file: 'onet_education.csv',
        line: 0,
        column: 0,
        expected: 'onet_education_levels.csv next to it: its category values refer to that file, which is missing',
      }),
    ]);
    const noZones = new Map(base);
    noZones.delete(TABLES.onetJobZones.file);
    expect(validate(noZones).issues).toEqual([]);
  });
});
