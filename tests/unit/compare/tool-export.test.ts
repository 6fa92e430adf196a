import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toolCsv, toolExportRows, toolFileName, toolJson } from '@/lib/compare/tool-export';
import { educationPanelSummary, matrixSummary, salarySummary } from '@/lib/compare/tool-summaries';
import { toolRole, type ToolRole } from '@/lib/compare/tool-data';
import { buildToolView } from '@/lib/compare/tool-view';
import { educationSentence, educationSummary } from '@/lib/role/education';
import { formatPercent, formatUsd } from '@/lib/format';
import { seedModel, seedRows, seedView } from './seed-model';

const model = seedModel();
const all = model.roles.map((r) => toolRole(seedView(r)));
const view = buildToolView(all.slice(0, 4));

const fixture = (id: string, extra: Partial<ToolRole> = {}): ToolRole => ({
  id,
  title: `Role ${id}`,
  plural: `Roles ${id}`,
  skills: [],
  salaries: [],
  education: [],
  sources: [],
  ...extra,
});

describe('tool downloads', () => {
  it('writes one CSV line per figure shown, readable back with the same values', () => {
    const parsed = Papa.parse<Record<string, string>>(toolCsv(view), { header: true, skipEmptyLines: true }).data;
    const rows = toolExportRows(view);
    expect(parsed).toHaveLength(rows.length);
    const shown =
      view.matrix.rows.flatMap((r) => r.cells.filter((c) => c.kind !== 'absent')).length +
      view.salaries.flatMap((g) => g.salaries).length;
    expect(rows.filter((r) => r.section !== 'education')).toHaveLength(shown);
    for (const salary of seedRows('salaries.csv').filter((r) => view.roles.some((v) => v.id === r.role_id))) {
      expect(parsed).toContainEqual(
        expect.objectContaining({
          Section: 'salary',
          'Role id': salary.role_id,
          Item: salary.industry,
          Value: salary.avg_salary_usd,
        }),
      );
    }
  });

  it('neutralises cells a spreadsheet would run as formulas, but keeps negative numbers', () => {
    const evil = buildToolView([
      fixture('a', { title: '=HYPERLINK("x")', skills: [{ slug: 's', name: '@SUM(A1)', sharePct: 5 }] }),
      fixture('b', { education: [{ otherId: 'a', mastersPpDiff: -4.6, sourceId: 's' }] }),
    ]);
    const csv = toolCsv(evil);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).toMatch(/,-4\.6,/);
  });

  it('puts the same figures in the JSON, with the permalink and what is missing', () => {
    const document = JSON.parse(toolJson(view, 'https://example.org/compare/?roles=a,b'));
    expect(document.permalink).toBe('https://example.org/compare/?roles=a,b');
    expect(document.roles.map((r: { id: string }) => r.id)).toEqual(view.roles.map((r) => r.id));
    expect(document.skills).toHaveLength(view.matrix.rows.length);
    expect(document.education).toHaveLength(view.education.length);
    expect(document.missing).toEqual(view.missing);
    expect(toolFileName(view, 'csv')).toBe(`compare-${view.roles.map((r) => r.id).join('-and-')}.csv`);
  });
});

describe('tool panel summaries', () => {
  it('names the largest share and the skills common to every role', () => {
    const v = buildToolView([
      fixture('a', {
        skills: [
          { slug: 'x', name: 'X', sharePct: 7 },
          { slug: 'y', name: 'Y' },
        ],
      }),
      fixture('b', { skills: [{ slug: 'x', name: 'X', sharePct: 21 }] }),
    ]);
    expect(matrixSummary(v.matrix, v.roles)).toBe(
      `2 skills are named for these two roles; one of them for every role. The largest share is X, listed on ${formatPercent(21)} of the resumes of roles b.`,
    );
    const none = buildToolView([fixture('a'), fixture('b')]);
    expect(matrixSummary(none.matrix, none.roles)).toBeUndefined();
  });

  it('gives each role’s highest salary and its industry', () => {
    const salaries = seedRows('salaries.csv');
    const summary = salarySummary(view)!;
    for (const group of view.salaries) {
      const top = Math.max(...salaries.filter((r) => r.role_id === group.roleId).map((r) => Number(r.avg_salary_usd)));
      expect(summary).toContain(formatUsd(top));
    }
    expect(salarySummary(buildToolView([fixture('a'), fixture('b')]))).toBeUndefined();
  });

  it('sums up several pairs seen from one role with the range of their differences', () => {
    const pairs = buildToolView(all).education;
    const role = pairs[0]!.role;
    expect(pairs.every((p) => p.role.id === role.id)).toBe(true);
    expect(educationPanelSummary(pairs)).toBe(educationSummary(role, pairs));
    const mixed = buildToolView([
      fixture('a', { education: [{ otherId: 'b', mastersPpDiff: 1, sourceId: 's' }] }),
      fixture('b', { education: [{ otherId: 'c', mastersPpDiff: 2, sourceId: 's' }] }),
      fixture('c'),
    ]).education;
    expect(educationPanelSummary(mixed)).toMatch(/two of these pairs/);
  });

  it('uses the education sentence for a single pair, in either pick order', () => {
    for (const row of seedRows('comparisons.csv')) {
      const a = all.find((r) => r.id === row.role_id)!;
      const b = all.find((r) => r.id === row.other_role_id)!;
      for (const order of [
        [a, b],
        [b, a],
      ]) {
        const v = buildToolView(order);
        expect(educationPanelSummary(v.education)).toBe(educationSentence(v.education[0]!));
        expect(educationPanelSummary(v.education)).toContain(b.plural);
      }
    }
  });
});
