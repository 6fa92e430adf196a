import { describe, expect, it } from 'vitest';
import { toolIndex, toolRole, type ToolRole } from '@/lib/compare/tool-data';
import { toolEducationChart, toolSalaryChart } from '@/lib/compare/tool-charts';
import { buildSkillsMatrix, buildToolView, pairEducation } from '@/lib/compare/tool-view';
import { matchKey } from '@/lib/text/slug';
import { seedModel, seedRows, seedView } from './seed-model';

const model = seedModel();
const roles = new Map(model.roles.map((r) => [r.id, toolRole(seedView(r))]));
const pick = (...ids: string[]) => ids.map((id) => roles.get(id)!);
const comparisons = seedRows('comparisons.csv');
const mentions = seedRows('comparison_skills.csv');
const skillRows = seedRows('skills.csv');
const salaryRows = seedRows('salaries.csv');

describe('toolIndex', () => {
  it('lists every role by title', () => {
    const index = toolIndex(model.catalogue.roles);
    expect(index.roles.map((r) => r.id).sort()).toEqual(
      seedRows('roles.csv')
        .map((r) => r.id!)
        .sort(),
    );
    const titles = index.roles.map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('toolRole', () => {
  it('holds every skill the role lists or is named with in a comparison, with shares where the data has them', () => {
    for (const role of roles.values()) {
      const listed = skillRows.filter((r) => r.role_id === role.id);
      const named = mentions.filter(
        (m) => (m.side === 'role' && m.role_id === role.id) || (m.side === 'other' && m.other_role_id === role.id),
      );
      const expected = new Set([...listed, ...named].map((r) => matchKey(r.skill!)));
      expect(new Set(role.skills.map((s) => matchKey(s.name)))).toEqual(expected);
      for (const row of listed.filter((r) => r.resume_share_pct)) {
        expect(role.skills.find((s) => matchKey(s.name) === matchKey(row.skill!))?.sharePct).toBe(
          Number(row.resume_share_pct),
        );
      }
    }
  });

  it('holds the salaries and the education differences the data states from this role, with the verdict', () => {
    for (const role of roles.values()) {
      expect(role.salaries.length).toBe(salaryRows.filter((r) => r.role_id === role.id).length);
      const own = comparisons.filter((r) => r.role_id === role.id);
      expect(role.education.map((e) => e.otherId).sort()).toEqual(own.map((r) => r.other_role_id).sort());
      for (const row of own) {
        const entry = role.education.find((e) => e.otherId === row.other_role_id)!;
        expect(entry.mastersPpDiff).toBe(Number(row.masters_pp_diff));
        expect(entry.doctoralPpDiff).toBe(Number(row.doctoral_pp_diff));
        expect(entry.verdict).toBe(row.education_verdict);
      }
    }
  });
});

const fixture = (id: string, skills: ToolRole['skills'], extra: Partial<ToolRole> = {}): ToolRole => ({
  id,
  title: id.toUpperCase(),
  plural: `${id.toUpperCase()}s`,
  skills,
  salaries: [],
  education: [],
  sources: [],
  ...extra,
});

describe('buildSkillsMatrix', () => {
  it('puts a share, "listed" or absent in every cell, roles as columns in pick order', () => {
    const a = fixture('a', [
      { slug: 'x', name: 'X', sharePct: 10 },
      { slug: 'y', name: 'Y' },
    ]);
    const b = fixture('b', [
      { slug: 'x', name: 'X' },
      { slug: 'z', name: 'Z', sharePct: 30 },
    ]);
    const matrix = buildSkillsMatrix([b, a]);
    expect(matrix.maxSharePct).toBe(30);
    expect(matrix.rows).toEqual([
      { slug: 'x', name: 'X', cells: [{ kind: 'listed' }, { kind: 'share', pct: 10 }] },
      { slug: 'z', name: 'Z', cells: [{ kind: 'share', pct: 30 }, { kind: 'absent' }] },
      { slug: 'y', name: 'Y', cells: [{ kind: 'absent' }, { kind: 'listed' }] },
    ]);
  });

  it('is empty for roles without skills', () => {
    expect(buildSkillsMatrix([fixture('a', []), fixture('b', [])])).toEqual({
      rows: [],
      maxSharePct: 0,
    });
  });
});

describe('pairEducation', () => {
  it('finds the data’s comparison for a pair whichever role was picked first, keeping its orientation', () => {
    for (const row of comparisons) {
      for (const order of [
        [row.role_id!, row.other_role_id!],
        [row.other_role_id!, row.role_id!],
      ]) {
        const [pair] = pairEducation(pick(...order));
        expect(pair?.role.id).toBe(row.role_id);
        expect(pair?.other.id).toBe(row.other_role_id);
        expect(pair?.mastersPpDiff).toBe(Number(row.masters_pp_diff));
        expect(pair?.doctoralPpDiff).toBe(Number(row.doctoral_pp_diff));
        expect(pair?.verdict).toBe(row.education_verdict);
      }
    }
  });

  it('has nothing for a pair the data does not compare', () => {
    const compared = new Set(
      comparisons.flatMap((r) => [`${r.role_id} ${r.other_role_id}`, `${r.other_role_id} ${r.role_id}`]),
    );
    const ids = [...roles.keys()];
    const [a, b] = ids.flatMap((x) => ids.map((y) => [x, y])).find(([x, y]) => x !== y && !compared.has(`${x} ${y}`))!;
    expect(pairEducation(pick(a!, b!))).toEqual([]);
  });
});

describe('buildToolView', () => {
  it('says what the data lacks for each picked role, and keeps what it has', () => {
    const ids = [...roles.keys()];
    const view = buildToolView(pick(...ids.slice(0, 4)));
    for (const role of view.roles) {
      const hasSalary = salaryRows.some((r) => r.role_id === role.id);
      expect(view.missing.includes(`No salary data for ${role.title}.`)).toBe(!hasSalary);
      expect(view.salaries.some((s) => s.roleId === role.id)).toBe(hasSalary);
    }
  });

  it('finds the highest-paying industry of each role from the seed salaries', () => {
    const view = buildToolView([...roles.values()]);
    for (const group of view.salaries) {
      const own = salaryRows.filter((r) => r.role_id === group.roleId);
      const top = Math.max(...own.map((r) => Number(r.avg_salary_usd)));
      expect(group.highest.map((h) => h.industry).sort()).toEqual(
        own
          .filter((r) => Number(r.avg_salary_usd) === top)
          .map((r) => r.industry)
          .sort(),
      );
      expect(group.highest.every((h) => h.avgSalaryUsd === top)).toBe(true);
    }
  });

  it('finds the highest-paying industry whatever the order, all of them on a tie', () => {
    const salaries = [
      { industry: 'Media', avgSalaryUsd: 51_000 },
      { industry: 'Finance', avgSalaryUsd: 99_000 },
      { industry: 'Energy', avgSalaryUsd: 99_000 },
      { industry: 'Retail', avgSalaryUsd: 40_000 },
    ];
    const [group] = buildToolView([fixture('a', [], { salaries }), fixture('b', [])]).salaries;
    expect(group?.highest.map((h) => h.industry).sort()).toEqual(['Energy', 'Finance']);
    expect(group?.salaries.map((s) => s.avgSalaryUsd)).toEqual([99_000, 99_000, 51_000, 40_000]);
  });

  it('reports pairs without an education comparison, or that none has one', () => {
    const fixtures = [fixture('a', []), fixture('b', [])];
    expect(buildToolView(fixtures).missing).toContain('No education comparison in the data for these roles.');
    const linked = [
      fixture('a', [], { education: [{ otherId: 'b', mastersPpDiff: 1, sourceId: 's' }] }),
      fixture('b', []),
      fixture('c', []),
    ];
    const missing = buildToolView(linked).missing;
    expect(missing).toContain('No education comparison in the data for A and C.');
    expect(missing).toContain('No education comparison in the data for B and C.');
    expect(missing.join()).not.toContain('for A and B');
    expect(missing).toContain('No skills data for A.');
  });
});

describe('education notes that cannot contradict the chart', () => {
  it('says under the chart that two charted roles are not compared directly, instead of "no comparison" above it', () => {
    const view = buildToolView(pick('global-account-manager', 'manager-account-executive', 'market-sales-manager'));
    const charted = new Set(view.education.flatMap((e) => [e.role.id, e.other.id]));
    expect(charted).toEqual(new Set(['global-account-manager', 'manager-account-executive', 'market-sales-manager']));
    expect(view.missing.join(' ')).not.toMatch(/education/i);
    expect(view.educationNotes).toEqual([
      'The data does not compare managers, account executive with market sales managers directly: each is compared with another role above.',
    ]);
    const chart = toolEducationChart(view)!;
    expect(chart.rows.map((r) => r.pair)).toEqual(['Manager, account executive', 'Market sales manager']);
  });
});

describe('salary chart of the tool', () => {
  it('compares salaries within an industry, and says which industries only one role has', () => {
    const view = buildToolView(pick('global-account-manager', 'manager-account-executive', 'product-manager-sales'));
    const chart = toolSalaryChart(view)!;
    expect(chart.chart).toMatchObject({ kind: 'grouped-bar', groupKey: 'industry', labelKey: 'role' });
    const expected = salaryRows.filter((r) =>
      ['global-account-manager', 'manager-account-executive', 'product-manager-sales'].includes(r.role_id!),
    );
    expect(chart.rows).toHaveLength(expected.length);
    const byIndustry = new Map<string, number>();
    for (const r of expected) byIndustry.set(r.industry!, (byIndustry.get(r.industry!) ?? 0) + 1);
    // Industries more roles share come first; each industry's rows are together.
    const order = [...new Set(chart.rows.map((r) => String(r.industry)))];
    expect(order.map((i) => byIndustry.get(i))).toEqual(
      [...order.map((i) => byIndustry.get(i))].sort((a, b) => b! - a!),
    );
    const alone = [...byIndustry].filter(([, n]) => n === 1).map(([i]) => i);
    for (const industry of alone) expect(chart.summary).toContain(industry);
    expect(chart.summary).toMatch(/compare salaries within an industry/);
  });
});
