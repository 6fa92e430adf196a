/** The job outlook sentences, on hand-made projections: growth, decline, no change, flags in words, group disclosure. */
import { describe, expect, it } from 'vitest';
import type { Outlook, Projection } from '@/lib/occupation/career';
import {
  comparedWithAllSentence,
  howToBecomeRows,
  openingsSentence,
  outlookSentence,
  projectionCoverageSentence,
  signedPercent,
  thousands,
} from '@/lib/occupation/outlook';

const projection = (over: Partial<Projection> = {}): Projection => ({
  socCode: '11-2022',
  socTitle: 'Sales managers',
  baseYear: 2024,
  projectedYear: 2034,
  employmentBase: 619.5,
  employmentProjected: 648.5,
  change: 29,
  changePct: 4.7,
  openingsAnnual: 49,
  sourceId: 'bls-ep-2024-34',
  ...over,
});
const outlook = (p: Projection, allPct = 3.1, matchedBy: Outlook['matchedBy'] = 'soc-code'): Outlook => ({
  matchedBy,
  projection: p,
  allOccupations: {
    employmentBase: 100,
    employmentProjected: 103.1,
    change: 3.1,
    changePct: allPct,
    openingsAnnual: 9,
  },
});

describe('outlook sentences', () => {
  it('write thousands and percents with one decimal, as BLS publishes them', () => {
    expect(thousands(49)).toBe('49.0 thousand');
    expect(thousands(169956.1)).toBe('169,956.1 thousand');
    expect(signedPercent(4.7)).toBe('+4.7%');
    expect(signedPercent(-2)).toBe('\u22122.0%');
    expect(signedPercent(0)).toBe('0.0%');
  });

  it('state the projection and compare it with all occupations in numbers', () => {
    const p = projection();
    expect(outlookSentence(p)).toBe(
      'BLS projects employment of sales managers to grow from 619.5 thousand in 2024 to 648.5 thousand in 2034, a change of +29.0 thousand (+4.7%).',
    );
    expect(comparedWithAllSentence(outlook(p))).toBe(
      'That is faster than the +3.1% projected for all occupations, by 1.6 percentage points.',
    );
    expect(openingsSentence(p)).toMatch(
      /^About 49\.0 thousand openings a year are projected, on average, over 2024–34/,
    );
  });

  it('say decline, slower and the same rate where the numbers say so', () => {
    const down = projection({ employmentProjected: 600, change: -19.5, changePct: -3.1 });
    expect(outlookSentence(down)).toMatch(
      /to decline from 619\.5 thousand in 2024 to 600\.0 thousand in 2034, a change of \u221219\.5 thousand \(\u22123\.1%\)/,
    );
    expect(comparedWithAllSentence(outlook(down))).toBe(
      'That is a decline, against the +3.1% projected for all occupations.',
    );
    expect(comparedWithAllSentence(outlook(projection({ changePct: 1 })))).toBe(
      'That is slower than the +3.1% projected for all occupations, by 2.1 percentage points.',
    );
    expect(comparedWithAllSentence(outlook(projection({ changePct: 3.1 })))).toBe(
      'That is the same rate as the +3.1% projected for all occupations.',
    );
  });

  it('name the wider group whose projection a specialty or broad-group occupation shows', () => {
    const p = projection({ socCode: '13-1020', socTitle: 'Buyers and purchasing agents' });
    expect(projectionCoverageSentence('Purchasing Agents', outlook(p))).toBeUndefined();
    expect(projectionCoverageSentence('Purchasing Agents', outlook(p, 3.1, 'soc-broad-group'))).toBe(
      "BLS projects only the broad group Buyers and purchasing agents (SOC 13-1020), which includes Purchasing Agents: these are the group's projections.",
    );
    expect(projectionCoverageSentence('Chief Sustainability Officers', outlook(p, 3.1, 'soc-parent'))).toMatch(
      /does not project Chief Sustainability Officers on their own/,
    );
  });

  it('give how to become one in BLS words, flags in words and never as numbers, leaving out what BLS leaves out', () => {
    const rows = howToBecomeRows(
      projection({ education: "Bachelor's degree", workExperience: 'not_available', medianWage: 'top_coded' }),
    );
    expect(rows).toEqual([
      { label: 'Typical education needed for entry', value: "Bachelor's degree" },
      { label: 'Work experience in a related occupation', value: 'not available' },
      { label: 'Median annual wage, May 2024', value: 'at or above the top-coded wage' },
    ]);
  });
});
