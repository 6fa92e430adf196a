import { describe, expect, it } from 'vitest';
import { buildSiteModel, type RoleRecord } from '@/lib/model/site-model';
import type { RolePageView } from '@/lib/role/page';
import { validateDataFolder } from '@/lib/data/validate';
import { serializeJsonLd } from '@/lib/seo/json-ld';
import { blsWageDistribution, occupationJsonLd } from '@/lib/seo/occupation';
import { seedFiles } from '../support/data-folder';
import { officialFixture } from '../support/official-model';
import { seedRows } from '../support/seed-rows';

const rows = seedRows;

function seedRoles(): RoleRecord[] {
  const { tables, issues } = validateDataFolder(seedFiles());
  expect(issues).toEqual([]);
  return buildSiteModel(tables).roles;
}

const URL_OF = (id: string) => `https://example.org/roles/${id}/`;
/** A seed role's page: no occupation is imported, so it shows its own figures only. */
const seedView = (record: RoleRecord): RolePageView => ({ record, sources: record.sources });

describe('occupationJsonLd on the seed', () => {
  const roles = seedRoles();

  it('names and describes every role as an Occupation at its address', () => {
    for (const row of rows('roles.csv')) {
      const role = roles.find((r) => r.id === row.id)!;
      const ld = occupationJsonLd(seedView(role), URL_OF(role.id));
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('Occupation');
      expect(ld.name).toBe(row.title);
      expect(ld.url).toBe(URL_OF(row.id));
      if (row.description) expect(ld.description).toBe(row.description);
      else expect(ld).not.toHaveProperty('description');
    }
  });

  it('lists every skill of the role from skills.csv', () => {
    for (const role of roles) {
      const expected = rows('skills.csv')
        .filter((s) => s.role_id === role.id)
        .map((s) => s.skill.toLowerCase());
      const ld = occupationJsonLd(seedView(role), URL_OF(role.id));
      if (expected.length === 0) expect(ld).not.toHaveProperty('skills');
      else expect(((ld.skills as string[]) ?? []).map((s) => s.toLowerCase()).sort()).toEqual(expected.sort());
    }
  });

  it('gives each known industry average as a USD yearly amount, and none where none is known', () => {
    type Amount = { '@type': string; currency: string; name: string; value: { value: number } };
    const salaries = rows('salaries.csv');
    for (const role of roles) {
      const expected = salaries.filter((s) => s.role_id === role.id);
      const ld = occupationJsonLd(seedView(role), URL_OF(role.id));
      // Resume averages are MonetaryAmounts; other estimates (survey percentiles) are other types.
      const amounts = ((ld.estimatedSalary ?? []) as Amount[]).filter((a) => a['@type'] === 'MonetaryAmount');
      expect(amounts).toHaveLength(expected.length);
      for (const row of expected) {
        const amount = amounts.find((a) => a.name.includes(row.industry))!;
        expect(amount.currency).toBe('USD');
        expect(amount.value.value).toBe(Number(row.avg_salary_usd));
      }
    }
  });

  it('uses the O*NET code as occupational category only when the data gives one', () => {
    for (const row of rows('roles.csv')) {
      const role = roles.find((r) => r.id === row.id)!;
      const ld = occupationJsonLd(seedView(role), URL_OF(role.id));
      if (row.onet_code) expect(ld.occupationalCategory).toBe(row.onet_code);
      else expect(ld).not.toHaveProperty('occupationalCategory');
    }
    const { onetCode: _, ...uncoded } = roles[0]!;
    expect(occupationJsonLd(seedView(uncoded), URL_OF(uncoded.id))).not.toHaveProperty('occupationalCategory');
    expect(
      occupationJsonLd(seedView({ ...uncoded, onetCode: '11-2022.00' }), URL_OF(uncoded.id)).occupationalCategory,
    ).toBe('11-2022.00');
  });

  it('serialises data text that tries to close the script safely', () => {
    const role = { ...roles[0]!, description: 'Sells </script><script>alert(1)</script>' };
    const text = serializeJsonLd(occupationJsonLd(seedView(role), URL_OF(role.id)));
    expect(text.toLowerCase()).not.toContain('</script');
    expect((JSON.parse(text) as { description: string }).description).toBe(role.description);
  });
});

describe('occupationJsonLd with official figures', () => {
  const fixture = officialFixture();
  const sales = fixture.occupation('sales-managers');
  const national = (soc: string) =>
    fixture
      .rowsOf('bls_oews.csv')
      .find((r) => r.soc_code === soc && r.naics === '000000' && r.soc_level === 'detailed')!;
  type Distribution = Record<string, unknown> & { name: string };
  const distributionOf = (id: string) =>
    ((occupationJsonLd(fixture.view(id), URL_OF(id)).estimatedSalary ?? []) as Distribution[]).find(
      (s) => s['@type'] === 'MonetaryAmountDistribution',
    );

  it('gives an occupation without resume salaries the BLS annual wage percentiles, named as BLS figures', () => {
    const row = national('11-2022');
    const ld = occupationJsonLd(fixture.view(sales.id), URL_OF(sales.id));
    expect(ld.occupationalCategory).toBe('11-2022.00');
    const distribution = distributionOf(sales.id)!;
    expect(distribution.name).toContain('Bureau of Labor Statistics');
    expect(distribution.name).toContain(`${row.soc_title} (SOC ${row.soc_code})`);
    expect(distribution.currency).toBe('USD');
    expect(distribution.duration).toBe('P1Y');
    expect(distribution.percentile10).toBe(Number(row.annual_p10));
    expect(distribution.median).toBe(Number(row.annual_median));
    expect(distribution.percentile75).toBe(Number(row.annual_p75));
    // Top-coded at BLS: no number is given for it.
    expect(row.annual_p90_flag).toBe('top_coded');
    expect(distribution).not.toHaveProperty('percentile90');
  });

  it('names the wider BLS group when the figures are not the occupation’s own', () => {
    const cso = fixture.occupation('chief-sustainability-officers');
    expect(distributionOf(cso.id)!.name).toContain(`the BLS group that includes ${cso.title}`);
  });

  it('keeps resume salaries alone where the role has them', () => {
    const gam = fixture.role('global-account-manager');
    expect(gam.salaries.length).toBeGreaterThan(0);
    expect(fixture.view(gam.id).occupation?.official.oews?.national).toBeDefined();
    expect(distributionOf(gam.id)).toBeUndefined();
  });

  it('gives no distribution where BLS publishes no annual percentile', () => {
    const actors = fixture.occupation('actors');
    expect(national('27-2011').wages_released).toBe('hourly_only');
    expect(distributionOf(actors.id)).toBeUndefined();
    expect(blsWageDistribution(undefined, sales.sources)).toBeUndefined();
  });
});
