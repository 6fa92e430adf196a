import { describe, expect, it } from 'vitest';
import {
  educationSentence,
  educationSummary,
  educationVerdictSentence,
  likelihood,
  spread,
} from '@/lib/role/education';
import { buildSiteModel, reverseComparison, type Comparison, type RoleRef } from '@/lib/model/site-model';
import { validateDataFolder } from '@/lib/data/validate';
import Papa from 'papaparse';
import { seedFiles, seedText } from '../support/data-folder';

const gam: RoleRef = { id: 'gam', title: 'Global account manager', plural: 'Global account managers' };
const mae: RoleRef = { id: 'mae', title: 'Manager, account executive', plural: 'Managers, account executive' };

const pair = (figures: Partial<Comparison>): Comparison => ({
  id: 'gam-vs-mae',
  role: gam,
  other: mae,
  roleSkills: [],
  otherSkills: [],
  sourceId: 's',
  ...figures,
});

describe('educationSentence', () => {
  it.each([
    [
      { mastersPpDiff: -4.6, doctoralPpDiff: 0.1 },
      "Managers, account executive are 4.6 percentage points less likely to earn a Master's Degree and 0.1 percentage points more likely to graduate with a Doctoral Degree.",
    ],
    [
      { mastersPpDiff: 4.6, doctoralPpDiff: -0.1 },
      "Managers, account executive are 4.6 percentage points more likely to earn a Master's Degree and 0.1 percentage points less likely to graduate with a Doctoral Degree.",
    ],
    [
      { mastersPpDiff: 0, doctoralPpDiff: -0.4 },
      "Managers, account executive are just as likely to earn a Master's Degree and 0.4 percentage points less likely to graduate with a Doctoral Degree.",
    ],
    [
      { mastersPpDiff: -5.3 },
      "Managers, account executive are 5.3 percentage points less likely to earn a Master's Degree.",
    ],
    [
      { doctoralPpDiff: 0.1 },
      'Managers, account executive are 0.1 percentage points more likely to graduate with a Doctoral Degree.',
    ],
  ])('%j → %s', (figures, expected) => {
    expect(educationSentence(pair(figures))).toBe(expected);
  });

  it('says nothing when neither figure is given', () => {
    expect(educationSentence(pair({}))).toBeUndefined();
  });

  it('reads the other way round with the signs flipped', () => {
    const reversed = reverseComparison(pair({ mastersPpDiff: -4.6, doctoralPpDiff: 0.1 }));
    expect(educationSentence(reversed)).toBe(
      "Global account managers are 4.6 percentage points more likely to earn a Master's Degree and 0.1 percentage points less likely to graduate with a Doctoral Degree.",
    );
  });

  it('writes every seed comparison with its own figures', () => {
    const { tables } = validateDataFolder(seedFiles());
    const model = buildSiteModel(tables);
    const rows = Papa.parse<Record<string, string>>(seedText('comparisons.csv'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    for (const row of rows) {
      const comparison = model.comparisons.find((c) => c.id === `${row.role_id}-vs-${row.other_role_id}`)!;
      const sentence = educationSentence(comparison)!;
      expect(sentence.startsWith(comparison.other.plural)).toBe(true);
      for (const value of [row.masters_pp_diff, row.doctoral_pp_diff]) {
        const pp = Number(value);
        expect(sentence).toContain(`${Math.abs(pp)} percentage points ${pp < 0 ? 'less' : 'more'} likely`);
      }
    }
  });
});

describe('likelihood', () => {
  it.each([
    [-4.6, '4.6 percentage points less likely'],
    [0.1, '0.1 percentage points more likely'],
    [0, 'just as likely'],
    [12, '12 percentage points more likely'],
  ])('%d → %s', (pp, expected) => expect(likelihood(pp)).toBe(expected));
});

describe('educationVerdictSentence', () => {
  it.each([
    [
      'similar',
      'The source rates the education level of managers, account executive as similar to that of global account managers.',
    ],
    [
      'lower',
      'The source rates the education level of managers, account executive as lower than that of global account managers.',
    ],
    [
      'higher',
      'The source rates the education level of managers, account executive as higher than that of global account managers.',
    ],
  ] as const)('%s', (verdict, expected) => {
    expect(educationVerdictSentence(pair({ educationVerdict: verdict }))).toBe(expected);
  });

  it('says nothing without a verdict', () => {
    expect(educationVerdictSentence(pair({}))).toBeUndefined();
  });
});

describe('spread of differences', () => {
  it.each([
    [[-4.6, -5.3, -3.4], '3.4 to 5.3 percentage points less likely'],
    [[1, 2.5], '1 to 2.5 percentage points more likely'],
    [[-0.4, 0.1], 'between 0.4 points less and 0.1 points more likely'],
    [[-0.4, 0], 'up to 0.4 percentage points less likely'],
    [[0, 0.2], 'up to 0.2 percentage points more likely'],
    [[-2, -2], '2 percentage points less likely'],
    [[0, 0], 'just as likely'],
  ])('%j → %s', (values, expected) => expect(spread(values)).toBe(expected));
});

describe('educationSummary', () => {
  const mae2 = { ...mae, plural: 'Market sales managers' };
  it('sums up several related roles degree by degree', () => {
    expect(
      educationSummary(gam, [
        pair({ mastersPpDiff: -4.6, doctoralPpDiff: 0.1 }),
        { ...pair({ mastersPpDiff: -5.3, doctoralPpDiff: -0.1 }), other: mae2 },
      ]),
    ).toBe(
      "Compared with global account managers, the related roles shown are 4.6 to 5.3 percentage points less likely to earn a Master's Degree and between 0.1 points less and 0.1 points more likely to graduate with a Doctoral Degree.",
    );
  });

  it('names the role when there is only one', () => {
    expect(educationSummary(gam, [pair({ mastersPpDiff: -4.6 })])).toBe(
      "Compared with global account managers, managers, account executive are 4.6 percentage points less likely to earn a Master's Degree.",
    );
  });

  it('says nothing without figures', () => {
    expect(educationSummary(gam, [])).toBeUndefined();
    expect(educationSummary(gam, [pair({ educationVerdict: 'similar' })])).toBeUndefined();
  });
});
