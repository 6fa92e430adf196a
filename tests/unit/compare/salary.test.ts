import { describe, expect, it } from 'vitest';
import { highestPayingIndustry } from '@/lib/compare/salary';
import { seedModel, seedRows } from './seed-model';

describe('highestPayingIndustry', () => {
  it('finds the highest average, whatever the order', () => {
    const rows = [
      { industry: 'Media', avgSalaryUsd: 51_000 },
      { industry: 'Finance', avgSalaryUsd: 99_000 },
      { industry: 'Retail', avgSalaryUsd: 40_000 },
    ];
    expect(highestPayingIndustry(rows)).toEqual({ industries: ['Finance'], avgSalaryUsd: 99_000 });
    expect(highestPayingIndustry([...rows].reverse())).toEqual({ industries: ['Finance'], avgSalaryUsd: 99_000 });
  });

  it('names every industry on a tie, by name', () => {
    const rows = [
      { industry: 'Media', avgSalaryUsd: 70_000 },
      { industry: 'Energy', avgSalaryUsd: 70_000 },
    ];
    expect(highestPayingIndustry(rows)).toEqual({ industries: ['Energy', 'Media'], avgSalaryUsd: 70_000 });
  });

  it('is undefined without salaries', () => {
    expect(highestPayingIndustry([])).toBeUndefined();
  });

  it('matches the seed salaries of every role', () => {
    const model = seedModel();
    const rows = seedRows('salaries.csv');
    for (const role of model.roles) {
      const own = rows.filter((r) => r.role_id === role.id);
      const result = highestPayingIndustry(role.salaries);
      if (own.length === 0) {
        expect(result).toBeUndefined();
        continue;
      }
      const top = Math.max(...own.map((r) => Number(r.avg_salary_usd)));
      expect(result?.avgSalaryUsd).toBe(top);
      expect(result?.industries).toEqual(own.filter((r) => Number(r.avg_salary_usd) === top).map((r) => r.industry));
    }
  });
});
