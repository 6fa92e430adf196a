/**
 * A role's CSV download with its official figures, on the fixture import: every BLS figure and
 * O*NET rating as imported, BLS markers as words, and the JSON carrying the whole record.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { roleCsv, roleCsvFromJson, roleJson } from '@/lib/downloads/role-data';
import { officialFixture } from '../support/official-model';

const fixture = officialFixture();
const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
const WAGES = ['mean', 'p10', 'p25', 'median', 'p75', 'p90'] as const;

describe('role CSV with official figures', () => {
  for (const id of ['sales-managers', 'global-account-manager', 'actors', 'chief-sustainability-officers']) {
    it(`holds every BLS figure of ${id}, markers as words`, () => {
      const view = fixture.view(id);
      const official = view.occupation!.official;
      const facts = parse(roleCsv(view));
      const soc = official.oews!.national!.socCode;
      const rows = fixture.rowsOf('bls_oews.csv').filter((r) => r.soc_code === soc && r.soc_level === 'detailed');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        for (const unit of ['annual', 'hourly'] as const) {
          for (const measure of WAGES) {
            const column = `${unit}_${measure}`;
            const fact = facts.find((f) => f.section === `official_wage_${column}` && f.label === row.industry);
            const want = row[column] || row[`${column}_flag`];
            if (!want) expect(fact, column).toBeUndefined();
            else expect(fact, `${row.industry} ${column}`).toMatchObject({ value: want, source_id: row.source_id });
          }
        }
        const employment = facts.find((f) => f.section === 'official_employment' && f.label === row.industry);
        expect(employment?.value).toBe(row.employment || row.employment_flag);
      }
      expect(facts.find((f) => f.section === 'official_occupation' && f.label === 'bls_matched_by')!.value).toBe(
        official.oews!.matchedBy,
      );
    });
  }

  it('holds every O*NET rating, education share, technology, task, title and related occupation', () => {
    const view = fixture.view('global-account-manager');
    const code = view.occupation!.official.onetCode;
    const facts = parse(roleCsv(view));
    const section = (name: string) => facts.filter((f) => f.section === name);
    const own = (file: string) => fixture.rowsOf(file).filter((r) => r.onet_code === code);
    for (const r of own('onet_importance.csv')) {
      const fact = section(`official_${r.domain}_importance`).find((f) => f.label === r.element);
      expect(fact).toMatchObject({ value: r.importance, unit: 'importance_0_100' });
    }
    expect(section('official_education').map((f) => f.value)).toEqual(
      own('onet_education.csv')
        .sort((a, b) => Number(a.category) - Number(b.category))
        .map((r) => r.share_pct),
    );
    expect(section('official_technology').map((f) => f.label)).toEqual(
      own('onet_technology_skills.csv').map((r) => r.technology),
    );
    expect(section('official_technology_hot').map((f) => f.value)).toEqual(
      own('onet_technology_skills.csv').map((r) => r.hot),
    );
    expect(section('official_task').map((f) => f.value)).toEqual(own('onet_tasks.csv').map((r) => r.task));
    expect(section('official_alternative_title').map((f) => f.value)).toEqual(
      own('onet_alternate_titles.csv').map((r) => r.title),
    );
    expect(
      section('official_related_occupation')
        .map((f) => f.value)
        .sort(),
    ).toEqual(
      fixture
        .rowsOf('onet_related_occupations.csv')
        .filter((r) => r.onet_code === code)
        .map((r) => r.related_onet_code)
        .sort(),
    );
    // Resume facts stay as they were, before the official ones.
    const firstOfficial = facts.findIndex((f) => f.section!.startsWith('official_'));
    expect(facts.slice(firstOfficial).every((f) => f.section!.startsWith('official_'))).toBe(true);
    expect(facts.slice(0, firstOfficial).some((f) => f.section === 'salary')).toBe(true);
  });

  it('has no official rows for a role without official figures, and the JSON carries the whole record', () => {
    const plain = fixture.view('market-sales-manager');
    expect(plain.occupation).toBeUndefined();
    expect(parse(roleCsv(plain)).some((f) => f.section!.startsWith('official_'))).toBe(false);
    const sales = fixture.occupation('sales-managers');
    expect(JSON.parse(roleJson(fixture.view(sales.id))).official).toEqual(JSON.parse(JSON.stringify(sales.official)));
    // A role naming the occupation: its download holds the figures its page shows, and their sources.
    const gam = JSON.parse(roleJson(fixture.view('global-account-manager')));
    expect(gam.official).toEqual(JSON.parse(JSON.stringify(sales.official)));
    expect(gam.occupation).toMatchObject({ id: sales.id, onetCode: sales.onetCode });
    expect(Object.keys(gam.sources)).toEqual(expect.arrayContaining(Object.keys(sales.sources)));
  });

  it('makes the same CSV from the JSON download as from the page, byte for byte', () => {
    for (const id of ['sales-managers', 'global-account-manager', 'actors', 'market-sales-manager']) {
      const view = fixture.view(id);
      const csv = roleCsvFromJson(JSON.parse(roleJson(view)));
      expect(csv, id).toBe(roleCsv(view));
      expect(parse(csv).length, id).toBeGreaterThan(3);
    }
  });
});
