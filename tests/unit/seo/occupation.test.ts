import { describe, expect, it } from 'vitest';
import { buildSiteModel, type RoleRecord } from '@/lib/data/model';
import { validateDataFolder } from '@/lib/data/validate';
import { serializeJsonLd } from '@/lib/seo/json-ld';
import { occupationJsonLd } from '@/lib/seo/occupation';
import { seedFiles } from '../support/data-folder';
import { seedRows } from '../support/seed-rows';

const rows = seedRows;

function seedRoles(): RoleRecord[] {
  const { tables, issues } = validateDataFolder(seedFiles());
  expect(issues).toEqual([]);
  return buildSiteModel(tables).roles;
}

const URL_OF = (id: string) => `https://example.org/roles/${id}/`;

describe('occupationJsonLd on the seed', () => {
  const roles = seedRoles();

  it('names and describes every role as an Occupation at its address', () => {
    for (const row of rows('roles.csv')) {
      const role = roles.find((r) => r.id === row.id)!;
      const ld = occupationJsonLd(role, URL_OF(role.id));
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
      const ld = occupationJsonLd(role, URL_OF(role.id));
      if (expected.length === 0) expect(ld).not.toHaveProperty('skills');
      else expect(((ld.skills as string[]) ?? []).map((s) => s.toLowerCase()).sort()).toEqual(expected.sort());
    }
  });

  it('gives each known industry average as a USD yearly amount, and nothing where none is known', () => {
    const salaries = rows('salaries.csv');
    for (const role of roles) {
      const expected = salaries.filter((s) => s.role_id === role.id);
      const ld = occupationJsonLd(role, URL_OF(role.id));
      if (expected.length === 0) {
        expect(ld).not.toHaveProperty('estimatedSalary');
        continue;
      }
      const amounts = ld.estimatedSalary as { currency: string; name: string; value: { value: number } }[];
      expect(amounts).toHaveLength(expected.length);
      for (const row of expected) {
        const amount = amounts.find((a) => a.name.includes(row.industry))!;
        expect(amount.currency).toBe('USD');
        expect(amount.value.value).toBe(Number(row.avg_salary_usd));
      }
    }
  });

  it('uses the O*NET code as occupational category only when the data gives one', () => {
    const role = roles[0]!;
    expect(occupationJsonLd(role, URL_OF(role.id))).not.toHaveProperty('occupationalCategory');
    const coded = occupationJsonLd({ ...role, onetCode: '11-2022.00' }, URL_OF(role.id));
    expect(coded.occupationalCategory).toBe('11-2022.00');
  });

  it('serialises data text that tries to close the script safely', () => {
    const role = { ...roles[0]!, description: 'Sells </script><script>alert(1)</script>' };
    const text = serializeJsonLd(occupationJsonLd(role, URL_OF(role.id)));
    expect(text.toLowerCase()).not.toContain('</script');
    expect((JSON.parse(text) as { description: string }).description).toBe(role.description);
  });
});
