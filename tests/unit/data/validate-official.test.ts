/** The data step's checks on the official tables: each bad input gives one clear problem with file, line and column. */
import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '@/lib/data/validate';
import { importOfficial } from '@/lib/import/official';
import { seedFiles } from '../support/data-folder';
import { BLS, ONET_29, folder } from '../import/fixtures';

const imported = (() => {
  const result = importOfficial({ onet: folder(ONET_29), bls: folder(BLS), takenRoleIds: new Set() });
  if (!result.ok) throw new Error('fixtures do not import');
  return result.files;
})();

/** Seed + official files, with some official or seed files changed (text) or removed (null). */
function folderWith(changes: Record<string, string | null>): Map<string, Uint8Array> {
  const files = seedFiles();
  for (const [name, csv] of imported) files.set(name, new TextEncoder().encode(csv));
  for (const [name, csv] of Object.entries(changes)) {
    if (csv === null) files.delete(name);
    else files.set(name, new TextEncoder().encode(csv));
  }
  return files;
}

/** An imported file with data line `line` (1 = first after the header) edited. */
function edited(file: string, line: number, edit: (text: string) => string): string {
  const lines = (imported.get(file) ?? new TextDecoder().decode(seedFiles().get(file))).split('\n');
  lines[line] = edit(lines[line]!);
  return lines.join('\n');
}

function issues(changes: Record<string, string | null>) {
  return validateDataFolder(folderWith(changes)).issues;
}

describe('checks on the official tables', () => {
  it('accepts the seed with the imported files', () => {
    expect(issues({})).toEqual([]);
  });

  it('rejects an alternate title of an occupation that onet_occupations.csv does not list', () => {
    const found = issues({
      'onet_alternate_titles.csv': edited('onet_alternate_titles.csv', 1, (l) => l.replace(/^[^,]+/, '99-9999.00')),
    });
    expect(found).toEqual([
      expect.objectContaining({ file: 'onet_alternate_titles.csv', line: 2, column: 1, found: '99-9999.00' }),
    ]);
    expect(found[0]!.expected).toMatch(/an id from onet_occupations\.csv/);
  });

  it('says once per file when the occupations file is missing', () => {
    const found = issues({ 'onet_occupations.csv': null });
    expect(found.map((i) => i.file)).toEqual([
      'onet_alternate_titles.csv',
      'onet_education.csv',
      'onet_importance.csv',
      'onet_interests.csv',
      'onet_related_occupations.csv',
      'onet_tasks.csv',
      'onet_technology_skills.csv',
      'onet_work_styles.csv',
    ]);
    expect(found.every((i) => i.line === 0 && /onet_occupations\.csv next to it/.test(i.expected))).toBe(true);
  });

  it("rejects a hand-made role's onet_code that is not a listed occupation, once official data is there", () => {
    // Whatever code the seed gives the role (if any) is replaced with one O*NET does not list.
    const roles = edited('roles.csv', 1, (l) => l.replace(/",[^,]*,career-page-gam$/, '",11-2099.00,career-page-gam'));
    expect(roles).toContain('11-2099.00');
    expect(issues({ 'roles.csv': roles })).toEqual([
      expect.objectContaining({ file: 'roles.csv', line: 2, columnName: 'onet_code', found: '11-2099.00' }),
    ]);
    const seedOnly = seedFiles();
    seedOnly.set('roles.csv', new TextEncoder().encode(roles));
    expect(validateDataFolder(seedOnly).issues).toEqual([]);
  });

  it('rejects an occupation page id that a hand-made role already uses', () => {
    const occupations = edited('onet_occupations.csv', 1, (l) => l.replace(/^[^,]+/, 'global-account-manager'));
    expect(issues({ 'onet_occupations.csv': occupations })).toEqual([
      expect.objectContaining({ file: 'onet_occupations.csv', line: 2, column: 1, found: 'global-account-manager' }),
    ]);
  });

  it('rejects an official source id that sources.csv uses too', () => {
    const sources = edited('official_sources.csv', 1, (l) => l.replace(/^[^,]+/, 'career-page-gam'));
    const found = issues({ 'official_sources.csv': sources });
    expect(found).toContainEqual(
      expect.objectContaining({ file: 'official_sources.csv', line: 2, column: 1, found: 'career-page-gam' }),
    );
  });

  it('rejects a BLS value that also carries a flag', () => {
    const csv = imported.get('bls_oews.csv')!;
    const header = csv.split('\n')[0]!.split(',');
    const line = csv.split('\n').findIndex((l) => l.includes(',top_coded,'));
    const flagColumn = csv.split('\n')[line]!.split(',').indexOf('top_coded');
    const bls = edited('bls_oews.csv', line, (l) => {
      const cells = l.split(',');
      cells[flagColumn - 1] = '250000';
      return cells.join(',');
    });
    expect(issues({ 'bls_oews.csv': bls })).toEqual([
      expect.objectContaining({
        file: 'bls_oews.csv',
        line: line + 1,
        columnName: header[flagColumn],
        found: 'top_coded',
      }),
    ]);
  });

  it('rejects a marker written as a value', () => {
    const bls = edited('bls_oews.csv', 1, (l) => l.replace(/^([^,]+,[^,]+,[^,]+,[^,]+,[^,]+),\d+,/, '$1,**,'));
    expect(issues({ 'bls_oews.csv': bls })).toEqual([
      expect.objectContaining({ file: 'bls_oews.csv', line: 2, columnName: 'employment', found: '**' }),
    ]);
  });

  it('rejects an education category that onet_education_levels.csv does not define', () => {
    const education = edited('onet_education.csv', 1, (l) => l.replace(/^([^,]+),\d+,/, '$1,99,'));
    expect(issues({ 'onet_education.csv': education })).toEqual([
      expect.objectContaining({ file: 'onet_education.csv', line: 2, columnName: 'category', found: '99' }),
    ]);
  });

  it('rejects an occupation related to itself', () => {
    const related = edited('onet_related_occupations.csv', 1, (l) => l.replace(/^([^,]+),[^,]+,/, '$1,$1,'));
    expect(issues({ 'onet_related_occupations.csv': related })).toEqual([
      expect.objectContaining({ file: 'onet_related_occupations.csv', line: 2, columnName: 'related_onet_code' }),
    ]);
  });
});
