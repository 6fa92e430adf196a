import Papa from 'papaparse';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildSiteModel, type RoleRecord } from '@/lib/model/site-model';
import type { RolePageView } from '@/lib/role/page';
import { validateDataFolder } from '@/lib/data/validate';
import { datasetReadme, datasetZip, safeCsvCopy } from '@/lib/downloads/dataset';
import { ROLE_CSV_COLUMNS, roleCsv } from '@/lib/downloads/role-data';
import { seedFiles, seedText } from '../support/data-folder';

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
const model = () => buildSiteModel(validateDataFolder(seedFiles()).tables);
/** A seed role's page: no occupation is imported beside the seed. */
const viewOf = (record: RoleRecord): RolePageView => ({ record, sources: record.sources });

describe('role CSV', () => {
  it('has one row per fact, with every figure of the role from the seed', () => {
    for (const role of model().roles) {
      const facts = parse(roleCsv(viewOf(role)));
      expect(Object.keys(facts[0]!)).toEqual([...ROLE_CSV_COLUMNS]);
      const find = (section: string, label: string) => facts.find((f) => f.section === section && f.label === label);
      for (const r of parse(seedText('skills.csv')).filter((r) => r.role_id === role.id && r.resume_share_pct)) {
        expect(find(r.kind === 'hard' ? 'skill' : 'soft_skill', r.skill!)?.value).toBe(r.resume_share_pct);
      }
      for (const r of parse(seedText('employers.csv')).filter((r) => r.role_id === role.id)) {
        expect(find('employer', r.employer!)).toMatchObject({ value: r.open_jobs, unit: 'open_jobs' });
      }
      for (const r of parse(seedText('salaries.csv')).filter((r) => r.role_id === role.id)) {
        expect(find('salary', r.industry!)).toMatchObject({ value: r.avg_salary_usd, unit: 'usd_per_year' });
      }
      expect(facts.filter((f) => f.section === 'responsibility')).toHaveLength(role.responsibilities.length);
    }
  });

  it('keeps negative differences as plain numbers', () => {
    const gam = model().roles.find((r) => r.id === 'global-account-manager')!;
    const facts = parse(roleCsv(viewOf(gam)));
    const masters = facts.filter((f) => f.section === 'education_masters_pp').map((f) => f.value);
    expect(masters).toEqual(parse(seedText('comparisons.csv')).map((r) => r.masters_pp_diff));
  });
});

describe('dataset downloads', () => {
  it('names every source with its date and licence status in the README', () => {
    const sources = model().catalogue.sources;
    const readme = datasetReadme(sources);
    for (const row of parse(seedText('sources.csv'))) {
      expect(readme).toContain(row.title);
      expect(readme).toContain(row.licence ? `Licence: ${row.licence}` : 'Licence: not stated by the source');
    }
  });

  it('zips every CSV, formula-safe, with the README, the same bytes every time', () => {
    const sources = model().catalogue.sources;
    const files = new Map([
      ['skills.csv', seedText('skills.csv')],
      ['evil.csv', 'name,value\n=HYPERLINK("x"),-4.6\n'],
    ]);
    const zip = datasetZip(files, sources);
    expect(datasetZip(files, sources)).toEqual(zip);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(['README.txt', 'evil.csv', 'skills.csv']);
    expect(parse(strFromU8(entries['evil.csv']!))).toEqual([{ name: `'=HYPERLINK("x")`, value: '-4.6' }]);
    expect(parse(strFromU8(entries['skills.csv']!))).toEqual(parse(seedText('skills.csv')));
    expect(strFromU8(entries['README.txt']!)).toContain('- skills.csv: ');
  });

  it('counts data rows of a CSV copy', () => {
    expect(safeCsvCopy('a,b\n1,2\n3,4\n').rows).toBe(2);
    expect(safeCsvCopy('a,b\n').rows).toBe(0);
  });
});
