import { describe, expect, it } from 'vitest';
import {
  distinctiveImportance,
  distinctiveImportanceSentence,
  educationComparisonSentence,
  educationRows,
  nationalComparison,
  ordinalWord,
  relatednessSentence,
  sectorComparisonSentence,
  sectorsNotComparedSentence,
  sharedHotSentence,
  sharedHotTechnologies,
  type NationalFigures,
  type SectorGroup,
} from '@/lib/compare/occupation-figures';
import type { EducationShare, ImportanceRating, Technology } from '@/lib/occupation/figures';

const A = { title: 'Sales Managers' };
const B = { title: 'Marketing Managers' };

const rating = (elementId: string, name: string, importance: number, suppress = false): ImportanceRating => ({
  elementId,
  name,
  importance,
  ...(suppress && { suppressRecommended: true as const }),
});

describe('ordinalWord', () => {
  it('writes ranks as words up to ten, then as figures with the right suffix', () => {
    expect([1, 2, 3, 5, 10].map(ordinalWord)).toEqual(['first', 'second', 'third', 'fifth', 'tenth']);
    expect([11, 12, 13, 21, 22, 23, 101, 111].map(ordinalWord)).toEqual([
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
  });
});

describe('relatednessSentence', () => {
  const role = { id: 'a', title: A.title, onetCode: '11-2022.00' };
  const other = { id: 'b', title: B.title, onetCode: '11-2021.00' };
  it('gives O*NET’s rank of the other occupation, and the reverse rank when both list each other', () => {
    expect(relatednessSentence({ role, other, rank: 2 })).toBe(
      'O*NET lists Marketing Managers second among the occupations most closely related to Sales Managers.',
    );
    expect(relatednessSentence({ role, other, rank: 2, reverseRank: 1 })).toBe(
      'O*NET lists Marketing Managers second among the occupations most closely related to Sales Managers, and Sales Managers first among those most closely related to Marketing Managers.',
    );
  });
});

const figures = (over: Partial<NationalFigures> = {}): NationalFigures => ({
  unit: 'annual',
  socCode: '11-2022',
  socTitle: 'Sales Managers',
  matchedBy: 'soc-code',
  sourceId: 'bls',
  ...over,
});

describe('nationalComparison', () => {
  const a = figures({ employment: 603710, mean: 160930 });
  const b = figures({ socCode: '11-2021', socTitle: 'Marketing Managers', employment: 384980, mean: 171520 });

  it('compares employment and the mean wage, first occupation first, in both directions', () => {
    expect(nationalComparison({ ...A, figures: a }, { ...B, figures: b })).toEqual([
      'BLS counts 603,710 jobs for Sales Managers and 384,980 for Marketing Managers.',
      'Sales Managers earn a mean of $160,930 a year, $10,590 less than Marketing Managers ($171,520).',
    ]);
    expect(nationalComparison({ ...B, figures: b }, { ...A, figures: a })).toEqual([
      'BLS counts 384,980 jobs for Marketing Managers and 603,710 for Sales Managers.',
      'Marketing Managers earn a mean of $171,520 a year, $10,590 more than Sales Managers ($160,930).',
    ]);
  });

  it('says when the mean wages are equal', () => {
    const same = nationalComparison({ ...A, figures: a }, { ...B, figures: { ...b, mean: 160930 } });
    expect(same.at(-1)).toBe('Sales Managers and Marketing Managers have the same mean wage: $160,930 a year.');
  });

  it('writes withheld figures in words, never as numbers, and does not compare them', () => {
    const flagged = nationalComparison(
      { ...A, figures: { ...a, employment: 'not_available', mean: 'top_coded' } },
      { ...B, figures: b },
    );
    expect(flagged).toEqual([
      'The employment figure for Sales Managers is not available.',
      'The mean wage of Sales Managers is at or above the top-coded wage, so the two mean wages are not compared.',
    ]);
    expect(flagged.join(' ')).not.toMatch(/\$|\d/);
    const both = nationalComparison(
      { ...A, figures: { ...a, mean: 'not_available' } },
      { ...B, figures: { ...b, mean: 'top_coded' } },
    );
    expect(both.at(-1)).toBe(
      'The mean wage of Sales Managers is not available and the mean wage of Marketing Managers is at or above the top-coded wage, so the two mean wages are not compared.',
    );
  });

  it('does not compare wages BLS gives in different units', () => {
    const hourly = figures({ unit: 'hourly', socCode: '27-2011', socTitle: 'Actors', mean: 27.73 });
    expect(nationalComparison({ title: 'Actors', figures: hourly }, { ...B, figures: b }).at(-1)).toBe(
      'BLS gives the wages of Actors by the hour only, so the two mean wages are not compared.',
    );
    expect(nationalComparison({ ...B, figures: b }, { title: 'Actors', figures: hourly }).at(-1)).toBe(
      'BLS gives the wages of Actors by the hour only, so the two mean wages are not compared.',
    );
  });

  it('says whose figures they are when BLS publishes a wider group, and when both share one set', () => {
    const parent = figures({ socCode: '11-1011', socTitle: 'Chief Executives', matchedBy: 'soc-parent', mean: 258900 });
    const text = nationalComparison({ title: 'Chief Sustainability Officers', figures: parent }, { ...B, figures: b });
    expect(text.at(-1)).toContain('Chief Sustainability Officers (BLS figures for Chief Executives) earn a mean of');
    const own = figures({ socCode: '11-1011', socTitle: 'Chief Executives', mean: 258900 });
    expect(
      nationalComparison(
        { title: 'Chief Executives', figures: own },
        { title: 'Chief Sustainability Officers', figures: parent },
      ),
    ).toEqual([
      'BLS publishes one set of figures for both occupations, those of Chief Executives (SOC 11-1011), so their employment and wages cannot be told apart.',
    ]);
  });

  it('names the side BLS does not publish, and says nothing without figures on either side', () => {
    expect(nationalComparison({ ...A, figures: a }, B)).toEqual([
      'BLS publishes no national employment or wage figures for Marketing Managers.',
    ]);
    expect(nationalComparison(A, B)).toEqual([]);
  });
});

const group = (title: string, ranked: [string, number][], over: Partial<SectorGroup> = {}): SectorGroup => {
  const rows = ranked.map(([industry, mean]) => ({ industry, mean }));
  const best = Math.max(...rows.map((r) => r.mean));
  return {
    title,
    unit: 'annual',
    ranked: rows,
    withheld: [],
    highest: rows.filter((r) => r.mean === best),
    sourceIds: ['bls'],
    ...over,
  };
};

describe('sectorComparisonSentence', () => {
  const a = group(A.title, [
    ['Information', 191240],
    ['Retail Trade', 120640],
  ]);
  const b = group(B.title, [
    ['Finance and Insurance', 182270],
    ['Utilities', 182270],
  ]);
  it('names each occupation’s highest-paying sector, ties together, in page order', () => {
    expect(sectorComparisonSentence([a, b])).toBe(
      'Highest mean wage by sector: Sales Managers in Information ($191,240 a year); Marketing Managers in Finance and Insurance and Utilities ($182,270 a year each).',
    );
    expect(sectorComparisonSentence([b, a])).toBe(
      'Highest mean wage by sector: Marketing Managers in Finance and Insurance and Utilities ($182,270 a year each); Sales Managers in Information ($191,240 a year).',
    );
  });
  it('leaves out a side whose sector means are all withheld, and says so', () => {
    const withheld = group(B.title, [], { withheld: [{ industry: 'Utilities', flag: 'not_available' }] });
    expect(sectorComparisonSentence([a, withheld])).toBe(
      'Highest mean wage by sector, where BLS gives one: Sales Managers in Information ($191,240 a year).',
    );
    expect(sectorComparisonSentence([withheld])).toBeUndefined();
  });
});

describe('sectorsNotComparedSentence', () => {
  const a = group(A.title, [['Information', 191240]]);
  it('explains why the sector chart is missing, only when it is', () => {
    expect(sectorsNotComparedSentence({ ...A, group: a }, { ...B, group: undefined }, false)).toBe(
      'BLS gives no wages by industry sector for Marketing Managers.',
    );
    expect(sectorsNotComparedSentence({ ...B, group: undefined }, { ...A, group: a }, false)).toBe(
      'BLS gives no wages by industry sector for Marketing Managers.',
    );
    const hourly = group('Actors', [['Information', 40.1]], { unit: 'hourly' });
    expect(sectorsNotComparedSentence({ ...A, group: a }, { title: 'Actors', group: hourly }, false)).toBe(
      'BLS gives the wages of Actors by the hour only, so they are not drawn on one axis with the annual wages of Sales Managers.',
    );
    expect(sectorsNotComparedSentence({ ...A, group: a }, { ...B, group: a }, false)).toBeUndefined();
    expect(sectorsNotComparedSentence({ ...A, group: a }, { ...B, group: undefined }, true)).toBeUndefined();
    expect(sectorsNotComparedSentence({ ...A, group: undefined }, { ...B, group: undefined }, false)).toBeUndefined();
  });
});

const levels = (shares: number[]): EducationShare[] =>
  shares.map((sharePct, i) => ({ category: i + 1, label: `Level ${i + 1} (note)`, sharePct }));

describe('education comparison', () => {
  const a = levels([0, 10, 65.2, 24.8]);
  const b = levels([5, 15, 70, 10]);

  it('pairs the levels both give, lowest first, with the difference in percentage points of respondents', () => {
    expect(educationRows(a, b)).toEqual([
      { category: 1, label: 'Level 1', rolePct: 0, otherPct: 5, gapPp: -5 },
      { category: 2, label: 'Level 2', rolePct: 10, otherPct: 15, gapPp: -5 },
      { category: 3, label: 'Level 3', rolePct: 65.2, otherPct: 70, gapPp: -4.8 },
      { category: 4, label: 'Level 4', rolePct: 24.8, otherPct: 10, gapPp: 14.8 },
    ]);
    expect(educationRows(a, b.slice(1)).map((r) => r.category)).toEqual([2, 3, 4]);
  });

  it('names the most named level of each and the largest difference, in both directions', () => {
    expect(educationComparisonSentence(A, B, educationRows(a, b))).toBe(
      'Respondents most often name Level 3 as required for both Sales Managers (65.2%) and Marketing Managers (70%); the largest difference is for Level 4: 24.8% for Sales Managers against 10% for Marketing Managers, 14.8 percentage points.',
    );
    expect(educationComparisonSentence(B, A, educationRows(b, a))).toBe(
      'Respondents most often name Level 3 as required for both Marketing Managers (70%) and Sales Managers (65.2%); the largest difference is for Level 4: 10% for Marketing Managers against 24.8% for Sales Managers, 14.8 percentage points.',
    );
  });

  it('names different levels apart, and leaves out a tied or zero difference', () => {
    const c = levels([0, 60, 20, 20]);
    expect(educationComparisonSentence(A, B, educationRows(a, c))).toMatch(
      /^Respondents most often name Level 3 as required for Sales Managers \(65\.2%\) and Level 2 for Marketing Managers \(60%\); the largest difference is for Level 2/,
    );
    expect(educationComparisonSentence(A, B, educationRows(a, a))).toBe(
      'Respondents most often name Level 3 as required for both Sales Managers (65.2%) and Marketing Managers (65.2%).',
    );
    expect(educationComparisonSentence(A, B, [])).toBeUndefined();
  });
});

describe('distinctiveImportance', () => {
  const a = [
    rating('2.B.3.a', 'Negotiation', 72),
    rating('2.A.1.d', 'Speaking', 75),
    rating('2.B.1.a', 'Persuasion', 70, true),
    rating('2.A.1.a', 'Reading Comprehension', 60),
    rating('2.B.2.i', 'Programming', 20),
    rating('2.A.2.a', 'Critical Thinking', 60),
    rating('9.9.9', 'Rated for one only', 90),
  ];
  const b = [
    rating('2.B.3.a', 'Negotiation', 50),
    rating('2.A.1.d', 'Speaking', 75),
    rating('2.B.1.a', 'Persuasion', 60),
    rating('2.A.1.a', 'Reading Comprehension', 70),
    rating('2.B.2.i', 'Programming', 30),
    rating('2.A.2.a', 'Critical Thinking', 50),
  ];

  it('takes the largest differences in importance points each way; equal ratings and one-sided skills set no one apart', () => {
    const gaps = distinctiveImportance(a, b);
    expect(gaps.role.map((g) => [g.name, g.gap])).toEqual([
      ['Negotiation', 22],
      ['Critical Thinking', 10],
      ['Persuasion', 10],
    ]);
    expect(gaps.other.map((g) => [g.name, g.gap])).toEqual([
      ['Programming', -10],
      ['Reading Comprehension', -10],
    ]);
    expect(gaps.role.find((g) => g.name === 'Persuasion')?.caution).toBe(true);
    expect(gaps.role.find((g) => g.name === 'Negotiation')?.caution).toBeUndefined();
  });

  it('is the mirror image with the occupations swapped, and keeps at most `limit` a side', () => {
    const forward = distinctiveImportance(a, b);
    const backward = distinctiveImportance(b, a);
    const flip = (g: (typeof forward.role)[number]) => ({
      ...g,
      roleImportance: g.otherImportance,
      otherImportance: g.roleImportance,
      gap: -g.gap,
    });
    expect(backward.role).toEqual(forward.other.map(flip));
    expect(backward.other).toEqual(forward.role.map(flip));
    expect(distinctiveImportance(a, b, 1).role.map((g) => g.name)).toEqual(['Negotiation']);
  });

  it('writes the top difference of each side in importance points, never as percentages, both ways', () => {
    const sentence = distinctiveImportanceSentence(A, B, distinctiveImportance(a, b));
    expect(sentence).toBe(
      'Negotiation sets Sales Managers apart most: O*NET rates its importance 72 for them against 50 for Marketing Managers, 22 importance points higher; ' +
        'Programming sets Marketing Managers apart most: O*NET rates its importance 30 for them against 20 for Sales Managers, 10 importance points higher.',
    );
    expect(distinctiveImportanceSentence(B, A, distinctiveImportance(b, a))).toBe(
      'Programming sets Marketing Managers apart most: O*NET rates its importance 30 for them against 20 for Sales Managers, 10 importance points higher; ' +
        'Negotiation sets Sales Managers apart most: O*NET rates its importance 72 for them against 50 for Marketing Managers, 22 importance points higher.',
    );
    expect(sentence).not.toMatch(/%|percent|resume/i);
    expect(distinctiveImportanceSentence(A, B, distinctiveImportance(a, a))).toBeUndefined();
  });
});

describe('shared hot technologies', () => {
  const tech = (name: string, hot: boolean): Technology => ({ name, commodity: 'Software', hot });
  const a = [tech('Salesforce', true), tech('Microsoft Excel', true), tech('SAP', false), tech('Slack', true)];
  const b = [tech('microsoft excel', true), tech('SAP', true), tech('Salesforce', true), tech('Slack', false)];

  it('keeps technologies hot for both (names matched ignoring case), in the first occupation’s order', () => {
    expect(sharedHotTechnologies(a, b).map((t) => t.name)).toEqual(['Salesforce', 'Microsoft Excel']);
    expect(sharedHotTechnologies(b, a).map((t) => t.name)).toEqual(['microsoft excel', 'Salesforce']);
  });

  it('counts them against each occupation’s hot technologies, and says nothing when none is shared', () => {
    expect(sharedHotSentence({ ...A, technologies: a }, { ...B, technologies: b }, sharedHotTechnologies(a, b))).toBe(
      'O*NET marks 2 technologies as hot for both occupations, of the 3 it marks as hot for Sales Managers and the 3 for Marketing Managers.',
    );
    expect(sharedHotSentence({ ...A, technologies: a }, { ...B, technologies: [] }, [])).toBeUndefined();
  });
});
