import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildSiteModel, nameRegistry, reverseComparison } from '@/lib/model/site-model';
import { validateDataFolder } from '@/lib/data/validate';
import { seedFiles, seedText, seedWith } from '../support/data-folder';

function modelOf(files: Map<string, Uint8Array>) {
  const { tables, issues } = validateDataFolder(files);
  expect(issues).toEqual([]);
  return buildSiteModel(tables);
}

function rows(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(seedText(file), { header: true, skipEmptyLines: true }).data;
}

describe('nameRegistry', () => {
  it('matches names ignoring case and spacing, preferring a capitalised display form', () => {
    const registry = nameRegistry(['global account', 'Global  Account', 'cloud']);
    expect(registry.get('global account')).toEqual({ name: 'Global  Account', slug: 'global-account' });
    expect(registry.get('cloud')).toEqual({ name: 'Cloud', slug: 'cloud' });
  });

  it('shows a name written only in lowercase in sentence case, unless a display name is given', () => {
    const registry = nameRegistry(['post sales', 'gam', 'salesforce'], new Map([['gam', 'GAM']]));
    expect(registry.get('post sales')).toEqual({ name: 'Post sales', slug: 'post-sales' });
    expect(registry.get('gam')).toEqual({ name: 'GAM', slug: 'gam' });
    expect(registry.get('salesforce')).toEqual({ name: 'Salesforce', slug: 'salesforce' });
  });

  it('keeps a lowercase name as written when asked (employers: proper names, kept as the source writes them)', () => {
    const registry = nameRegistry(['acme', 'one\u2028two'], new Map(), { capitaliseLowercase: false });
    expect([...registry.values()].map((entry) => entry.name).sort()).toEqual(['acme', 'one\u2028two']);
  });

  it('lets a display name win over a capitalised spelling in the source', () => {
    const registry = nameRegistry(['Pos', 'pos'], new Map([['pos', 'POS']]));
    expect(registry.get('pos')?.name).toBe('POS');
  });

  it('gives colliding slugs stable numeric suffixes', () => {
    const registry = nameRegistry(['C++', 'C plus plus']);
    expect([...registry.values()].map((v) => v.slug).sort()).toEqual(['c-plus-plus', 'c-plus-plus-2']);
  });
});

describe('buildSiteModel on the seed', () => {
  const model = modelOf(seedFiles());

  it('has one record per role, in file order', () => {
    expect(model.roles.map((r) => r.id)).toEqual(rows('roles.csv').map((r) => r.id));
  });

  it('orders hard skills by share of resumes, highest first, keeping file order on ties', () => {
    const gam = model.roles.find((r) => r.id === 'global-account-manager')!;
    const hard = rows('skills.csv').filter((r) => r.role_id === gam.id && r.kind === 'hard');
    const expected = [...hard]
      .sort((a, b) => Number(b.resume_share_pct) - Number(a.resume_share_pct))
      .map((r) => r.skill);
    expect(gam.skills.map((s) => s.name)).toEqual(expected);
    expect(gam.softSkills.map((s) => s.name)).toEqual(
      rows('skills.csv')
        .filter((r) => r.kind === 'soft')
        .map((r) => r.skill),
    );
  });

  it('keeps responsibilities in their stated order', () => {
    const gam = model.roles.find((r) => r.id === 'global-account-manager')!;
    const expected = rows('responsibilities.csv')
      .sort((a, b) => Number(a.position) - Number(b.position))
      .map((r) => r.text);
    expect(gam.responsibilities.map((r) => r.text)).toEqual(expected);
  });

  it('links a comparison skill to the same skill a role lists, whatever its case', () => {
    const cloud = model.skills.find((s) => s.slug === 'cloud')!;
    expect(cloud.name).toBe('Cloud');
    expect(cloud.roles.map((r) => r.id)).toEqual(['global-account-manager']);
    expect(cloud.comparisons.length).toBe(
      rows('comparison_skills.csv').filter((r) => r.skill?.toLowerCase() === 'cloud').length,
    );
  });

  it('displays every skill with a capital first letter, and skill_names.csv rows as written there', () => {
    const displayNames = rows('skill_names.csv');
    expect(displayNames.length).toBeGreaterThan(0);
    for (const row of displayNames) {
      const skill = model.skills.find((s) => s.name.toLowerCase() === row.skill!.toLowerCase());
      expect(skill?.name, row.skill).toBe(row.display_name);
    }
    const lowercase = model.skills.filter((s) => s.name.charAt(0) !== s.name.charAt(0).toUpperCase());
    expect(lowercase.map((s) => s.name)).toEqual([]);
  });

  it('sums open jobs per employer and sorts employers by jobs', () => {
    const gam = model.roles.find((r) => r.id === 'global-account-manager')!;
    const jobs = gam.employers.map((e) => e.openJobs);
    expect(jobs).toEqual([...jobs].sort((a, b) => b - a));
    for (const employer of model.employers) {
      expect(employer.totalOpenJobs).toBe(employer.roles.reduce((sum, r) => sum + r.openJobs, 0));
    }
  });

  it('shows each comparison from both roles, with differences reversed for the other side', () => {
    const other = model.roles.find((r) => r.id === 'manager-account-executive')!;
    const [seen] = other.comparisons;
    const source = rows('comparisons.csv').find((r) => r.other_role_id === 'manager-account-executive')!;
    expect(seen!.role.id).toBe('manager-account-executive');
    expect(seen!.mastersPpDiff).toBe(-Number(source.masters_pp_diff));
  });

  it('cites on every record exactly the sources its rows use', () => {
    for (const role of model.roles) expect(Object.keys(role.sources)).toEqual(['career-page-gam']);
  });
});

describe('buildSiteModel on a subset folder', () => {
  it('gives roles no employers or salaries when those files are absent', () => {
    const model = modelOf(seedWith({ 'employers.csv': null, 'salaries.csv': null }));
    expect(model.roles.every((r) => r.employers.length === 0 && r.salaries.length === 0)).toBe(true);
    expect(model.employers).toEqual([]);
    expect(model.catalogue.industries).toEqual([]);
  });
});

describe('reverseComparison', () => {
  it('swaps sides and signs, keeping only a symmetric verdict', () => {
    const model = modelOf(seedFiles());
    for (const c of model.comparisons) {
      const r = reverseComparison(c);
      expect([r.role.id, r.other.id]).toEqual([c.other.id, c.role.id]);
      expect(r.roleSkills).toEqual(c.otherSkills);
      if (c.mastersPpDiff !== undefined) expect(r.mastersPpDiff).toBe(-c.mastersPpDiff);
      expect(r.educationVerdict).toBe(c.educationVerdict === 'similar' ? 'similar' : undefined);
      expect(reverseComparison(r)).toMatchObject({ role: c.role, other: c.other, mastersPpDiff: c.mastersPpDiff });
    }
  });
});
