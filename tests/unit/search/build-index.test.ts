/** The search index the data step writes, checked against the seed's CSVs and the site model. */
import { describe, expect, it } from 'vitest';
import type { OccupationRecord, RoleRecord, SiteModel } from '@/lib/model/site-model';
import { FEATURED_ROLE_ID } from '@/lib/listing/featured';
import { buildSearchIndex, serializeSearchIndex } from '@/lib/search/build-index';
import { SearchIndexSchema } from '@/lib/search/index-schema';
import { seedCsv, seedSearchIndex, seedSiteModel } from './seed-index';

const index = seedSearchIndex();
const model = seedSiteModel();
const paths = (kind: string) => index.entries.filter((e) => e.kind === kind).map((e) => e.path);

describe('search index', () => {
  it('has an entry for every role, skill and employer, linking to its page', () => {
    expect(paths('role')).toEqual(seedCsv('roles.csv').map((r) => `roles/${r.id}/`));
    expect(paths('skill').sort()).toEqual(model.catalogue.skills.map((s) => `skills/${s.slug}/`).sort());
    expect(paths('employer').sort()).toEqual(model.catalogue.employers.map((e) => `employers/${e.slug}/`).sort());
  });

  it('sends each industry to the page of the role paid most in it', () => {
    const salaries = seedCsv('salaries.csv');
    const industries = [...new Set(salaries.map((s) => s.industry!))];
    expect(
      index.entries
        .filter((e) => e.kind === 'industry')
        .map((e) => e.title)
        .sort(),
    ).toEqual(industries.sort());
    for (const industry of industries) {
      const top = salaries
        .filter((s) => s.industry === industry)
        .sort((a, b) => Number(b.avg_salary_usd) - Number(a.avg_salary_usd))[0]!;
      const entry = index.entries.find((e) => e.kind === 'industry' && e.title === industry)!;
      expect(entry.path).toBe(`roles/${top.role_id}/`);
      const title = seedCsv('roles.csv').find((r) => r.id === top.role_id)!.title!;
      expect(entry.detail).toContain(title);
    }
  });

  it('writes details computed from the data', () => {
    for (const role of model.roles) {
      const entry = index.entries.find((e) => e.path === `roles/${role.id}/`)!;
      const skills = role.skills.length + role.softSkills.length;
      if (skills > 0) expect(entry.detail).toContain(`${skills} skill`);
      else expect(entry.detail).not.toContain('skill');
    }
    for (const employer of model.employers) {
      const entry = index.entries.find((e) => e.path === `employers/${employer.slug}/`)!;
      expect(entry.detail).toContain(`${employer.totalOpenJobs} open job`);
    }
  });

  it('suggests the featured role, then the most-listed skills', () => {
    const [first, ...rest] = index.suggestions.map((i) => index.entries[i]!);
    expect(first!.path).toBe(`roles/${FEATURED_ROLE_ID}/`);
    const topShare = Math.max(...model.catalogue.skills.map((s) => s.maxSharePct ?? -1));
    const topSkill = model.catalogue.skills.find((s) => s.maxSharePct === topShare)!;
    expect(rest[0]!.path).toBe(`skills/${topSkill.slug}/`);
  });

  it("carries an occupation's O*NET alternative titles on its own entry, without repeating the title", () => {
    const occupationOf = (role: RoleRecord, titles: string[]): OccupationRecord => ({
      kind: 'occupation',
      id: role.id,
      title: role.title,
      plural: role.title,
      onetCode: '11-2022.00',
      sourceId: role.sourceId,
      official: {
        onetCode: '11-2022.00',
        title: role.title,
        alternativeTitles: titles.map((title) => ({ title })),
        skills: [],
        knowledge: [],
        technologies: [],
        tasks: [],
        education: [],
        related: [],
        workStyles: [],
        similar: [],
        onetSourceId: role.sourceId,
      },
      sources: role.sources,
    });
    const titles = (role: RoleRecord) => ['GAM', role.title.toUpperCase(), ' GAM ', 'Key account lead'];
    const [first, second, ...rest] = model.roles;
    const occupation = occupationOf(first!, titles(first!));
    const withTitles: SiteModel = {
      ...model,
      // A role that names the occupation links to it and does not take its titles.
      roles: [
        { ...second!, occupation: { id: occupation.id, title: occupation.title, onetCode: '11-2022.00' } },
        ...rest,
      ],
      occupations: [occupation],
    };
    const built = buildSearchIndex(withTitles);
    const entryOf = (title: string) => built.entries.find((e) => e.kind === 'role' && e.title === title)!;
    expect(entryOf(first!.title).aliases).toEqual(['GAM', 'Key account lead']);
    expect(entryOf(second!.title)).toBeDefined();
    expect(entryOf(second!.title).aliases).toBeUndefined();
    expect(SearchIndexSchema.parse(JSON.parse(serializeSearchIndex(built)))).toEqual(built);
  });

  it('is compact: one line of JSON with only what search needs', () => {
    const text = serializeSearchIndex(index);
    expect(text.trimEnd()).not.toContain('\n');
    expect(Object.keys(index.entries[0]!).sort()).toEqual(['detail', 'kind', 'path', 'title']);
  });
});
