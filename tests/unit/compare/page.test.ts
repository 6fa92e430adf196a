import { describe, expect, it } from 'vitest';
import {
  COMPARISON_CHART_IDS,
  comparisonCharts,
  comparisonEducationChart,
  comparisonSalaryChart,
  distinctiveSkillsChart,
  type ComparisonInput,
} from '@/lib/compare/charts';
import { comparisonPageView } from '@/lib/compare/page';
import { reverseComparison, type Comparison, type RoleRecord, type RoleSkill } from '@/lib/model/site-model';
import { educationSentence } from '@/lib/role/education';
import { formatPercent, formatUsd } from '@/lib/format';
import { seedModel, seedRows } from './seed-model';

const model = seedModel();
const byId = new Map(model.roles.map((r) => [r.id, r]));
const seedInput = (c: Comparison): ComparisonInput => ({
  comparison: c,
  role: byId.get(c.role.id)!,
  other: byId.get(c.other.id)!,
});

const skill = (name: string, sharePct?: number, kind: 'hard' | 'soft' = 'hard'): RoleSkill => ({
  slug: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  kind,
  ...(sharePct !== undefined && { sharePct }),
  sourceId: 'src',
});

function role(id: string, extra: Partial<RoleRecord> = {}): RoleRecord {
  return {
    kind: 'role',
    id,
    title: `Role ${id}`,
    plural: `Roles ${id}`,
    sourceId: 'src',
    responsibilities: [],
    skills: [],
    softSkills: [],
    employers: [],
    salaries: [],
    comparisons: [],
    sources: { src: { id: 'src', title: 'Fixture source', date: '2025-01-01' } },
    ...extra,
  };
}

function fixture(): ComparisonInput {
  const a = role('a', {
    skills: [skill('Negotiation', 20), skill('CRM', 15), skill('Cloud', 4)],
    softSkills: [skill('Empathy', undefined, 'soft')],
    salaries: [
      { industry: 'Finance', avgSalaryUsd: 90_000, sourceId: 'src' },
      { industry: 'Retail', avgSalaryUsd: 60_000, sourceId: 'src' },
    ],
  });
  const b = role('b', {
    skills: [skill('CRM', 3), skill('Cloud', 11), skill('Roadmaps', 18)],
    softSkills: [skill('Empathy', undefined, 'soft')],
  });
  const comparison: Comparison = {
    id: 'a-vs-b',
    role: { id: 'a', title: a.title, plural: a.plural },
    other: { id: 'b', title: b.title, plural: b.plural },
    mastersPpDiff: 2.5,
    doctoralPpDiff: -0.3,
    educationVerdict: 'higher',
    roleSkills: [{ slug: 'negotiation', name: 'Negotiation' }],
    otherSkills: [{ slug: 'roadmaps', name: 'Roadmaps' }],
    sourceId: 'src',
  };
  return { comparison, role: a, other: b };
}

describe('comparison page charts on the seed', () => {
  const comparisonRows = seedRows('comparisons.csv');
  const salaryRows = seedRows('salaries.csv');

  it('gives every seed comparison an education chart with the CSV figures and verdict', () => {
    for (const row of comparisonRows) {
      const c = model.comparisons.find((m) => m.id === `${row.role_id}-vs-${row.other_role_id}`)!;
      const chart = comparisonEducationChart(seedInput(c))!;
      expect(chart.rows).toEqual([
        {
          role: byId.get(row.other_role_id!)!.title,
          mastersPpDiff: Number(row.masters_pp_diff),
          doctoralPpDiff: Number(row.doctoral_pp_diff),
          verdict: row.education_verdict,
        },
      ]);
      expect(chart.summary).toBe(educationSentence(c));
    }
  });

  it('writes each seed pair’s education sentence from the CSV figures, in both directions', () => {
    const likely = (pp: number) =>
      `${Math.abs(pp)} percentage ${Math.abs(pp) === 1 ? 'point' : 'points'} ${pp < 0 ? 'less' : 'more'} likely`;
    for (const row of comparisonRows) {
      const c = model.comparisons.find((m) => m.id === `${row.role_id}-vs-${row.other_role_id}`)!;
      const masters = Number(row.masters_pp_diff);
      const doctoral = Number(row.doctoral_pp_diff);
      for (const [view, sign, subject] of [
        [c, 1, byId.get(row.other_role_id!)!.plural],
        [reverseComparison(c), -1, byId.get(row.role_id!)!.plural],
      ] as const) {
        expect(educationSentence(view)).toBe(
          `${subject} are ${likely(sign * masters)} to earn a Master's Degree and ${likely(sign * doctoral)} to graduate with a Doctoral Degree.`,
        );
      }
    }
  });

  it('draws the salaries both roles have, and leaves the chart out when neither has any', () => {
    for (const c of model.comparisons) {
      const chart = comparisonSalaryChart(seedInput(c));
      const expected = salaryRows.filter((r) => r.role_id === c.role.id || r.role_id === c.other.id);
      if (expected.length === 0) {
        expect(chart).toBeUndefined();
        continue;
      }
      expect(chart!.rows.map((r) => [r.industry, r.avgSalaryUsd]).sort()).toEqual(
        expected.map((r) => [r.industry, Number(r.avg_salary_usd)]).sort(),
      );
      for (const r of expected) expect(chart!.summary).toContain(formatUsd(Number(r.avg_salary_usd)));
    }
  });

  it('leaves out distinctive and shared skills: in the seed only one role has shares', () => {
    for (const c of model.comparisons) {
      const view = comparisonPageView(seedInput(c));
      expect(view.distinctiveChart).toBeUndefined();
      expect(comparisonCharts(seedInput(c)).map((ch) => ch.id)).not.toContain(COMPARISON_CHART_IDS.distinctive);
      expect(view.shared).toEqual([]);
    }
  });

  it('says which role of the pair has no salary data', () => {
    for (const c of model.comparisons) {
      const view = comparisonPageView(seedInput(c));
      const has = (id: string) => salaryRows.some((r) => r.role_id === id);
      const expected = [c.role, c.other].filter((r) => !has(r.id)).map((r) => `No salary data for ${r.title}.`);
      expect(view.salaryNotes).toEqual(has(c.role.id) || has(c.other.id) ? expected : []);
    }
  });
});

describe('comparison page charts on fixtures', () => {
  it('computes distinctive skills when both roles have shares, largest gaps either way', () => {
    const input = fixture();
    const chart = distinctiveSkillsChart(input)!;
    expect(chart.rows).toEqual([
      { skill: 'CRM', roleSharePct: 15, otherSharePct: 3, gapPp: 12 },
      { skill: 'Cloud', roleSharePct: 4, otherSharePct: 11, gapPp: -7 },
    ]);
    expect(chart.summary).toBe(
      `CRM sets roles a apart most: ${formatPercent(15)} of their resumes list it against ${formatPercent(3)}, 12 percentage points more; ` +
        `Cloud sets roles b apart most: ${formatPercent(11)} of their resumes list it against ${formatPercent(4)}, 7 percentage points more.`,
    );
  });

  it('mirrors distinctive skills when the pair is read the other way round', () => {
    const input = fixture();
    const reversed = { comparison: reverseComparison(input.comparison), role: input.other, other: input.role };
    const forward = distinctiveSkillsChart(input)!.rows;
    const backward = distinctiveSkillsChart(reversed)!.rows;
    expect(backward.map((r) => [r.skill, -(r.gapPp as number)]).sort()).toEqual(
      forward.map((r) => [r.skill, r.gapPp]).sort(),
    );
  });

  it('lists shared skills (with shares where known) and every section with data', () => {
    const view = comparisonPageView(fixture());
    expect(view.shared.map((s) => s.name)).toEqual(['CRM', 'Cloud', 'Empathy']);
    expect(view.sides.map((s) => s.apart.map((m) => m.name))).toEqual([['Negotiation'], ['Roadmaps']]);
    expect(view.salaryNotes).toEqual(['No salary data for Role b.']);
    expect(view.salaryGroups.map((g) => [g.roleId, g.highest.map((h) => h.industry)])).toEqual([['a', ['Finance']]]);
    expect(view.verdictSentence).toMatch(/higher than/);
  });

  it('writes the education sentence for both directions of a pair', () => {
    const { comparison } = fixture();
    expect(comparisonEducationChart(fixture())!.summary).toBe(
      "Roles b are 2.5 percentage points more likely to earn a Master's Degree and 0.3 percentage points less likely to graduate with a Doctoral Degree.",
    );
    const reversed = reverseComparison(comparison);
    expect(educationSentence(reversed)).toBe(
      "Roles a are 2.5 percentage points less likely to earn a Master's Degree and 0.3 percentage points more likely to graduate with a Doctoral Degree.",
    );
  });

  it('has no education chart and no verdict when the pair has neither', () => {
    const input = fixture();
    const { mastersPpDiff: _m, doctoralPpDiff: _d, educationVerdict: _v, ...bare } = input.comparison;
    const view = comparisonPageView({ ...input, comparison: bare });
    expect(view.educationChart).toBeUndefined();
    expect(view.verdictSentence).toBeUndefined();
  });
});
