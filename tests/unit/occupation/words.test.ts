/**
 * Sentences and orderings of a role page's official part, on the fixture import (O*NET 29.3 and
 * 27.0 extracts, BLS May 2024 with every marker). Expected figures are read from the imported CSV
 * rows, and withheld figures must come out as words, never as numbers.
 */
import { describe, expect, it } from 'vitest';
import type { OewsEstimate, OfficialRecord } from '@/lib/occupation/figures';
import {
  FLAG_WORDS,
  blsCoverageSentence,
  educationSentence,
  featuredTechnologies,
  figureText,
  hasNationalFigures,
  importanceSentence,
  jobZoneSentence,
  matchingAlternativeTitle,
  nationalSentence,
  officialAttributions,
  officialIntro,
  orderedRelated,
  orderedTasks,
  percentilesSentence,
  sectorSentence,
  sectorWages,
  shortEducationLabel,
  shownOfSentence,
  technologySentence,
  wageUnit,
  withheldSectorsSentence,
} from '@/lib/occupation/words';
import { formatCount, formatUsd, formatUsdHourly } from '@/lib/format';
import { ONET_27 } from '../import/fixtures';
import { officialFixture } from '../support/official-model';

const fixture = officialFixture();
const official = (id: string): OfficialRecord => fixture.occupation(id).official;
const bls = (soc: string, naics = '000000') =>
  fixture.rowsOf('bls_oews.csv').find((r) => r.soc_code === soc && r.naics === naics && r.soc_level === 'detailed')!;
const SALES = 'sales-managers';

/** The text with every formatted number removed: what is left must not hide a figure. */
const digitsIn = (text: string) => text.match(/\d[\d,.]*/g) ?? [];

describe('figures and flags', () => {
  it('writes a number with its format and a flag only in words', () => {
    expect(figureText(160930, formatUsd)).toBe('$160,930');
    for (const flag of Object.keys(FLAG_WORDS) as (keyof typeof FLAG_WORDS)[]) {
      const text = figureText(flag, formatUsd);
      expect(text).toBe(FLAG_WORDS[flag]);
      expect(text).not.toMatch(/\$/);
    }
  });

  it('uses hourly wages only where BLS releases nothing else', () => {
    expect(wageUnit(official('actors').oews!.national!)).toBe('hourly');
    expect(wageUnit(official('elementary-school-teachers-except-special-education').oews!.national!)).toBe('annual');
    expect(wageUnit(official(SALES).oews!.national!)).toBe('annual');
  });
});

describe('whose BLS figures these are', () => {
  it('says nothing extra when the occupation is the SOC occupation BLS publishes', () => {
    expect(official(SALES).oews!.matchedBy).toBe('soc-code');
    expect(blsCoverageSentence(official(SALES))).toBeUndefined();
  });

  it('names the SOC occupation that includes an O*NET specialty', () => {
    const cso = official('chief-sustainability-officers');
    expect(cso.oews!.matchedBy).toBe('soc-parent');
    const row = bls('11-1011');
    const sentence = blsCoverageSentence(cso)!;
    expect(sentence).toContain(cso.title);
    expect(sentence).toContain(`${row.soc_title} (SOC ${row.soc_code})`);
  });

  it('names the broad group when BLS publishes only that', () => {
    const buyers = official('wholesale-and-retail-buyers-except-farm-products');
    expect(buyers.oews!.matchedBy).toBe('soc-broad-group');
    const row = fixture.rowsOf('bls_oews.csv').find((r) => r.soc_code === '13-1020' && r.naics === '000000')!;
    const sentence = blsCoverageSentence(buyers)!;
    expect(sentence).toContain(`broad group ${row.soc_title} (SOC 13-1020)`);
    expect(sentence).toContain(buyers.title);
  });
});

describe('nationalSentence', () => {
  it('gives employment, mean and median as BLS publishes them', () => {
    const row = bls('11-2022');
    const sentence = nationalSentence(official(SALES).oews!.national!, 'May 2024')!;
    expect(sentence).toContain(`${formatCount(Number(row.employment))} jobs for ${row.soc_title}`);
    expect(sentence).toContain(`mean wage of ${formatUsd(Number(row.annual_mean))} a year`);
    expect(sentence).toContain(`median of ${formatUsd(Number(row.annual_median))}`);
    expect(sentence).toContain('May 2024');
  });

  it('writes hourly wages with cents where BLS gives only those', () => {
    const row = bls('27-2011');
    const sentence = nationalSentence(official('actors').oews!.national!, 'May 2024')!;
    expect(sentence).toContain(`${formatUsdHourly(Number(row.hourly_mean))} an hour`);
    expect(sentence).not.toContain('a year');
  });

  it('says withheld figures in words, with no number standing in for them', () => {
    const national = official(SALES).oews!.national!;
    const withheld: OewsEstimate = {
      ...national,
      employment: 'not_available',
      annual: { ...national.annual, mean: 'top_coded', median: 'not_available' },
    };
    const sentence = nationalSentence(withheld, 'May 2024')!;
    expect(sentence).toContain('no employment figure');
    expect(sentence).toContain(`The mean wage is ${FLAG_WORDS.top_coded}.`);
    expect(sentence).toContain(`The median wage is ${FLAG_WORDS.not_available}.`);
    expect(digitsIn(sentence.replace('May 2024', ''))).toEqual([]);
  });

  it('has nothing to say about an estimate without figures', () => {
    const empty: OewsEstimate = { ...official(SALES).oews!.national!, hourly: {}, annual: {} };
    delete empty.employment;
    expect(nationalSentence(empty, 'May 2024')).toBeUndefined();
    expect(hasNationalFigures(empty)).toBe(false);
    expect(hasNationalFigures(official(SALES).oews!.national!)).toBe(true);
  });
});

describe('percentilesSentence', () => {
  it('runs from the lowest to the highest published percentile and names top-coded ones in words', () => {
    const row = bls('11-2022');
    expect(row.annual_p90_flag).toBe('top_coded');
    const sentence = percentilesSentence(official(SALES).oews!.national!.annual, 'annual')!;
    expect(sentence).toContain(`from ${formatUsd(Number(row.annual_p10))} a year at the 10th percentile`);
    expect(sentence).toContain(`to ${formatUsd(Number(row.annual_p75))} at the 75th`);
    expect(sentence).toContain(`the 90th percentile is ${FLAG_WORDS.top_coded}`);
  });

  it('groups several withheld percentiles', () => {
    const sentence = percentilesSentence(official('chief-executives').oews!.national!.annual, 'annual')!;
    expect(sentence).toContain(`the 75th and 90th percentiles are ${FLAG_WORDS.top_coded}`);
  });

  it('handles a single figure and only flags', () => {
    expect(percentilesSentence({ median: 50000 }, 'annual')).toBe('The 50th percentile wage is $50,000 a year.');
    expect(percentilesSentence({ p10: 'not_available', p90: 'not_available' }, 'annual')).toBe(
      'The 10th and 90th percentiles are not available.',
    );
    expect(percentilesSentence({}, 'annual')).toBeUndefined();
  });
});

describe('wages by sector', () => {
  it('names the sector with the highest published mean wage, from the BLS rows', () => {
    const rows = fixture.rowsOf('bls_oews.csv').filter((r) => r.soc_code === '11-2022' && r.naics !== '000000');
    const best = rows.reduce((a, b) => (Number(b.annual_mean) > Number(a.annual_mean) ? b : a));
    const { sectors, unit, ranked } = sectorWages(official(SALES));
    expect(ranked[0]!.estimate.industry).toBe(best.industry);
    const sentence = sectorSentence(sectors, unit)!;
    expect(sentence).toContain(
      `${best.industry} pays ${best.soc_title} the most: ${formatUsd(Number(best.annual_mean))}`,
    );
    expect(sentence).toContain(`Of the ${rows.length === 6 ? 'six' : rows.length} sectors`);
  });

  it('names level sectors together and does not call one sector the highest', () => {
    const [a, b] = official(SALES).oews!.bySector;
    const level = [a!, { ...b!, annual: { ...b!.annual, mean: a!.annual.mean } }];
    expect(sectorSentence(level, 'annual')).toContain(`${a!.industry} and ${b!.industry} pay`);
    expect(sectorSentence([a!], 'annual')).toContain('is the only sector');
  });

  it('lists sectors whose mean wage BLS withholds, in words', () => {
    const { sectors, unit, withheld } = sectorWages(official('actors'));
    const row = bls('27-2011', '71');
    expect(row.hourly_mean_flag).toBe('not_available');
    expect(withheld.map((w) => w.estimate.industry)).toEqual([row.industry]);
    expect(withheldSectorsSentence(sectors, unit)).toBe(
      `BLS gives no figure for the mean wage in some sectors: it is not available for ${row.industry}.`,
    );
    expect(withheldSectorsSentence(official(SALES).oews!.bySector, 'annual')).toBeUndefined();
  });
});

describe('education, importance and job zone', () => {
  it('shortens O*NET education labels to their name', () => {
    expect(shortEducationLabel('High School Diploma - or the equivalent (for example, GED)')).toBe(
      'High School Diploma',
    );
    expect(shortEducationLabel("Associate's Degree (or other 2-year degree)")).toBe("Associate's Degree");
    expect(shortEducationLabel("Bachelor's Degree")).toBe("Bachelor's Degree");
  });

  it('names the level respondents most often name as required, from onet_education.csv', () => {
    const rows = fixture.rowsOf('onet_education.csv').filter((r) => r.onet_code === '11-2022.00');
    const top = rows.reduce((a, b) => (Number(b.share_pct) > Number(a.share_pct) ? b : a));
    const label = fixture.rowsOf('onet_education_levels.csv').find((l) => l.category === top.category)!.label!;
    const sentence = educationSentence('Sales Managers', official(SALES).education)!;
    expect(sentence).toContain(`${shortEducationLabel(label)} is the level`);
    expect(sentence).toContain(`${Number(top.share_pct).toFixed(1).replace(/\.0$/, '')}%`);
  });

  it('names every level tied at the top, and nothing when no one answered', () => {
    const tie = [
      { category: 6, label: "Bachelor's Degree", sharePct: 40 },
      { category: 8, label: "Master's Degree", sharePct: 40 },
    ];
    expect(educationSentence('X', tie)).toContain("Bachelor's Degree and Master's Degree are the levels");
    expect(educationSentence('X', [{ category: 1, label: 'None', sharePct: 0 }])).toBeUndefined();
  });

  it('names the most important skills by O*NET rating, with ties', () => {
    const rows = fixture
      .rowsOf('onet_importance.csv')
      .filter((r) => r.onet_code === '11-2022.00' && r.domain === 'skill');
    const top = Math.max(...rows.map((r) => Number(r.importance)));
    const leaders = rows.filter((r) => Number(r.importance) === top).map((r) => r.element!);
    const sentence = importanceSentence('Sales Managers', official(SALES).skills, { one: 'skill', many: 'skills' })!;
    for (const name of leaders) expect(sentence).toContain(name);
    expect(sentence).toContain(`at ${top}`);
    expect(sentence).toContain('0–100');
    expect(sentence).not.toContain('%');
    const tied = importanceSentence(
      'X',
      [
        { elementId: 'a', name: 'A', importance: 75 },
        { elementId: 'b', name: 'B', importance: 75 },
      ],
      { one: 'skill', many: 'skills' },
    );
    expect(tied).toContain('are A and B, at 75 each');
  });

  it('places the occupation in its job zone, from the data', () => {
    const occupation = fixture.rowsOf('onet_occupations.csv').find((r) => r.onet_code === '11-2022.00')!;
    const zone = fixture.rowsOf('onet_job_zones.csv').find((z) => z.job_zone === occupation.job_zone)!;
    expect(jobZoneSentence(official(SALES))).toContain(`in ${zone.name} (zone ${zone.job_zone} of 5`);
    expect(jobZoneSentence({ title: 'X' })).toBeUndefined();
  });
});

describe('orderings and lists', () => {
  it('puts core tasks first, then supplemental, then unrated, keeping O*NET order within each', () => {
    const tasks = [
      { id: 1, text: 'a', type: 'supplemental' as const },
      { id: 2, text: 'b' },
      { id: 3, text: 'c', type: 'core' as const },
      { id: 4, text: 'd', type: 'supplemental' as const },
      { id: 5, text: 'e', type: 'core' as const },
    ];
    expect(orderedTasks(tasks).map((t) => t.id)).toEqual([3, 5, 1, 4, 2]);
  });

  it('puts primary related occupations first, by rank', () => {
    const related = official(SALES).related;
    const ordered = orderedRelated([...related].reverse());
    const rank = { 'primary-short': 0, 'primary-long': 1, supplemental: 2 };
    const keys = ordered.map((r) => [rank[r.tier], r.position] as const);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    const rows = fixture.rowsOf('onet_related_occupations.csv').filter((r) => r.onet_code === '11-2022.00');
    expect(ordered.map((r) => r.onetCode).sort()).toEqual(rows.map((r) => r.related_onet_code).sort());
    const primary = ordered.filter((r) => r.tier !== 'supplemental');
    expect(ordered.slice(0, primary.length)).toEqual(primary);
  });

  it('features in-demand, then hot technologies, capped', () => {
    const techs = official(SALES).technologies;
    const featured = featuredTechnologies(techs, 3);
    expect(featured).toHaveLength(Math.min(3, techs.length));
    const rank = (t: (typeof techs)[number]) => (t.inDemand ? 0 : t.hot ? 1 : 2);
    const ranks = featuredTechnologies(techs, techs.length).map(rank);
    expect(ranks).toEqual([...ranks].sort());
  });

  it('counts hot and in-demand technologies from the data, and leaves out "in demand" for releases without it', () => {
    const rows = fixture.rowsOf('onet_technology_skills.csv').filter((r) => r.onet_code === '11-2022.00');
    const sentence = technologySentence('Sales Managers', official(SALES).technologies)!;
    expect(sentence).toContain(`lists ${rows.length} technologies`);
    expect(sentence).toContain(`${rows.filter((r) => r.hot === 'yes').length} are hot technologies`);
    expect(sentence).toContain(`${rows.filter((r) => r.in_demand === 'yes').length} are in demand`);
    const older = officialFixture(ONET_27).occupation(SALES).official;
    expect(technologySentence('Sales Managers', older.technologies)).not.toContain('in demand');
    expect(technologySentence('X', [])).toBeUndefined();
  });

  it('says how many of a long list are shown', () => {
    expect(shownOfSentence(30, 47, 'titles O*NET lists')).toBe(
      "30 of the 47 titles O*NET lists are shown here; this page's JSON download lists them all.",
    );
    expect(shownOfSentence(8, 8, 'technologies')).toBeUndefined();
  });
});

describe('how a role meets its occupation', () => {
  it('finds the alternative title a role title matches', () => {
    const titles = official(SALES).alternativeTitles;
    expect(matchingAlternativeTitle('Global account manager', titles)).toBe('Global Account Manager (GAM)');
    expect(matchingAlternativeTitle('Market sales manager', titles)).toBeUndefined();
  });

  it('says the figures are surveys, not resumes, and on a mapped role which occupation and why', () => {
    const gam = fixture.role('global-account-manager');
    const [surveys, mapped] = officialIntro(fixture.view(gam.id).occupation!.official, gam);
    expect(surveys).toContain('not figures from resumes');
    expect(surveys).toContain('Bureau of Labor Statistics');
    expect(mapped).toContain('Sales Managers (O*NET-SOC 11-2022.00)');
    expect(mapped).toContain('“Global Account Manager (GAM)”');
    expect(mapped).toContain('title global account manager maps to');
    const own = officialIntro(official(SALES));
    expect(own).toHaveLength(1);
    const noBls = { ...official(SALES) };
    delete noBls.oews;
    expect(officialIntro(noBls)[0]).not.toContain('Bureau of Labor Statistics');
  });

  it('gives each official source’s credit line once', () => {
    const sales = fixture.occupation(SALES);
    const lines = officialAttributions(sales.official, sales.sources);
    const sources = fixture.rowsOf('official_sources.csv');
    const attribution = (id: string) => sources.find((s) => s.id === id)!.attribution;
    expect(lines).toEqual([
      attribution(sales.official.onetSourceId),
      attribution(sales.official.oews!.national!.sourceId),
    ]);
  });
});
