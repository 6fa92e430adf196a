/**
 * Derivations for the comparison page of two related O*NET occupations (survey figures only): how
 * O*NET relates them, their BLS national figures side by side, their wages by sector, education,
 * the skills whose O*NET importance differs most, and the hot technologies they share. Pure. A BLS
 * figure withheld by a flag is written in words, never as a number; importance is O*NET's 0–100
 * rating, so its differences are importance points, never percentages or shares of resumes.
 */
import type {
  EducationShare,
  Figure,
  FigureFlag,
  ImportanceRating,
  OewsMatch,
  OfficialRecord,
  Technology,
} from '@/lib/occupation/figures';
import type { OfficialComparison } from '@/lib/compare/occupation-pairs';
import {
  FLAG_WORDS,
  formatWage,
  sectorWages,
  shortEducationLabel,
  wageUnit,
  type WageUnit,
} from '@/lib/occupation/words';
import { leaders } from '@/lib/text/sentences';
import { formatCount, formatDecimal, formatList, formatPercent, round1 } from '@/lib/format';
import { matchKey } from '@/lib/text/slug';

/** An occupation as these derivations name it. */
export interface Named {
  title: string;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** 1 → "first" … 10 → "tenth", then 11 → "11th", 22 → "22nd". */
export function ordinalWord(n: number): string {
  if (Number.isInteger(n) && n >= 1 && n <= ORDINALS.length) return ORDINALS[n - 1]!;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${formatCount(n)}${suffix}`;
}

const per = (unit: WageUnit) => (unit === 'annual' ? 'a year' : 'an hour');

/**
 * "O*NET lists Marketing Managers first among the occupations most closely related to Sales
 * Managers, and Sales Managers second among those most closely related to Marketing Managers."
 */
export function relatednessSentence(comparison: Pick<OfficialComparison, 'role' | 'other' | 'rank' | 'reverseRank'>) {
  const { role, other, rank, reverseRank } = comparison;
  const first = `O*NET lists ${other.title} ${ordinalWord(rank)} among the occupations most closely related to ${role.title}`;
  return reverseRank === undefined
    ? `${first}.`
    : `${first}, and ${role.title} ${ordinalWord(reverseRank)} among those most closely related to ${other.title}.`;
}

/** An occupation's BLS national figures (all industries), in the unit BLS publishes its wages in. */
export interface NationalFigures {
  unit: WageUnit;
  employment?: Figure;
  mean?: Figure;
  median?: Figure;
  /** Whose figures these are: the SOC occupation or broad group BLS publishes. */
  socCode: string;
  socTitle: string;
  matchedBy: OewsMatch;
  sourceId: string;
}

export function nationalFigures(official: OfficialRecord | undefined): NationalFigures | undefined {
  const national = official?.oews?.national;
  if (!official?.oews || !national) return undefined;
  const unit = wageUnit(national);
  return {
    unit,
    ...(national.employment !== undefined && { employment: national.employment }),
    ...(national[unit].mean !== undefined && { mean: national[unit].mean }),
    ...(national[unit].median !== undefined && { median: national[unit].median }),
    socCode: national.socCode,
    socTitle: national.socTitle,
    matchedBy: official.oews.matchedBy,
    sourceId: national.sourceId,
  };
}

/** "Sales Managers", or "Chief Sustainability Officers (BLS figures for Chief Executives)" when the figures are a wider group's. */
function whose(side: Named, figures: NationalFigures): string {
  return figures.matchedBy === 'soc-code' ? side.title : `${side.title} (BLS figures for ${figures.socTitle})`;
}

/**
 * Sentences comparing two occupations' national BLS figures, first occupation first: employment,
 * then the mean wage and the difference between them. Figures that cannot be compared (withheld,
 * in different units, or the same SOC figures for both) are said so, in words.
 */
export function nationalComparison(
  role: Named & { figures?: NationalFigures },
  other: Named & { figures?: NationalFigures },
): string[] {
  const missing = [role, other].filter((s) => s.figures === undefined);
  if (missing.length === 2) return [];
  if (missing.length === 1) {
    return [`BLS publishes no national employment or wage figures for ${missing[0]!.title}.`];
  }
  const a = role.figures!;
  const b = other.figures!;
  if (a.socCode === b.socCode) {
    return [
      `BLS publishes one set of figures for both occupations, those of ${a.socTitle} (SOC ${a.socCode}), so their employment and wages cannot be told apart.`,
    ];
  }
  const sentences: string[] = [];
  const [roleName, otherName] = [whose(role, a), whose(other, b)];
  if (typeof a.employment === 'number' && typeof b.employment === 'number') {
    sentences.push(
      `BLS counts ${formatCount(a.employment)} ${a.employment === 1 ? 'job' : 'jobs'} for ${roleName} and ${formatCount(b.employment)} for ${otherName}.`,
    );
  }
  const withheld = [
    [roleName, a.employment],
    [otherName, b.employment],
  ].flatMap(([name, figure]) =>
    typeof figure === 'string' ? [`The employment figure for ${name} is ${FLAG_WORDS[figure as FigureFlag]}.`] : [],
  );
  sentences.push(...withheld);
  if (a.unit !== b.unit) {
    const hourly = a.unit === 'hourly' ? roleName : otherName;
    sentences.push(`BLS gives the wages of ${hourly} by the hour only, so the two mean wages are not compared.`);
    return sentences;
  }
  const flagged = [
    [roleName, a.mean],
    [otherName, b.mean],
  ].flatMap(([name, figure]) =>
    typeof figure === 'string' ? [`the mean wage of ${name} is ${FLAG_WORDS[figure as FigureFlag]}`] : [],
  );
  if (flagged.length > 0) {
    const text = formatList(flagged);
    sentences.push(`${text[0]!.toUpperCase()}${text.slice(1)}, so the two mean wages are not compared.`);
    return sentences;
  }
  if (typeof a.mean !== 'number' || typeof b.mean !== 'number') return sentences;
  const money = formatWage(a.unit);
  const gap = a.mean - b.mean;
  sentences.push(
    gap === 0
      ? `${roleName} and ${otherName} have the same mean wage: ${money(a.mean)} ${per(a.unit)}.`
      : `${roleName} earn a mean of ${money(a.mean)} ${per(a.unit)}, ${money(Math.abs(gap))} ${gap > 0 ? 'more' : 'less'} than ${otherName} (${money(b.mean)}).`,
  );
  return sentences;
}

/** One occupation's mean wages by NAICS sector: published ones highest first, withheld ones with BLS's reason. */
export interface SectorGroup {
  title: string;
  unit: WageUnit;
  ranked: { industry: string; mean: number }[];
  withheld: { industry: string; flag: FigureFlag }[];
  /** The highest-paying sectors (several on a tie); empty when none has a published mean. */
  highest: { industry: string; mean: number }[];
  sourceIds: string[];
}

export function sectorGroup(side: Named, official: OfficialRecord): SectorGroup | undefined {
  const { unit, sectors, ranked, withheld } = sectorWages(official);
  if (sectors.length === 0) return undefined;
  const rows = ranked.map((r) => ({ industry: r.estimate.industry, mean: r.mean }));
  return {
    title: side.title,
    unit,
    ranked: rows,
    withheld: withheld.map((w) => ({ industry: w.estimate.industry, flag: w.flag })),
    highest: leaders(rows, (r) => r.mean),
    sourceIds: [...new Set(sectors.map((s) => s.sourceId))].sort(),
  };
}

/**
 * "Highest mean wage by sector: Sales Managers in Information ($191,240 a year); Marketing Managers
 * in Management of Companies and Enterprises ($180,050 a year)." Sides without a published sector mean
 * are left out; undefined when neither has one.
 */
export function sectorComparisonSentence(groups: readonly SectorGroup[]): string | undefined {
  const parts = groups.flatMap((g) => {
    const [top] = g.highest;
    if (!top) return [];
    const names = formatList(g.highest.map((h) => h.industry));
    const each = g.highest.length > 1 ? ' each' : '';
    return [`${g.title} in ${names} (${formatWage(g.unit)(top.mean)} ${per(g.unit)}${each})`];
  });
  if (parts.length === 0) return undefined;
  const lead =
    parts.length === groups.length ? 'Highest mean wage by sector' : 'Highest mean wage by sector, where BLS gives one';
  return `${lead}: ${parts.join('; ')}.`;
}

/** A level of education, with each occupation's share of respondents naming it as required. */
export interface EducationRow {
  category: number;
  label: string;
  rolePct: number;
  otherPct: number;
  /** rolePct − otherPct in percentage points, rounded to 0.1. */
  gapPp: number;
}

/** The levels both occupations give a share for, lowest level first. */
export function educationRows(role: readonly EducationShare[], other: readonly EducationShare[]): EducationRow[] {
  const others = new Map(other.map((e) => [e.category, e]));
  return role
    .flatMap((e) => {
      const match = others.get(e.category);
      if (!match) return [];
      return [
        {
          category: e.category,
          label: shortEducationLabel(e.label),
          rolePct: e.sharePct,
          otherPct: match.sharePct,
          gapPp: round1(e.sharePct - match.sharePct),
        },
      ];
    })
    .sort((a, b) => a.category - b.category);
}

/**
 * "Respondents most often name Bachelor's Degree as required for both Sales Managers (65.2%) and
 * Marketing Managers (70%); the largest difference is for Master's Degree: 20% against 8.1%, 11.9
 * percentage points." Undefined without shares for both.
 */
export function educationComparisonSentence(role: Named, other: Named, rows: readonly EducationRow[]) {
  const roleTop = leaders(rows, (r) => r.rolePct);
  const otherTop = leaders(rows, (r) => r.otherPct);
  if (roleTop.length === 0 || roleTop[0]!.rolePct <= 0 || otherTop[0]!.otherPct <= 0) return undefined;
  const levels = (list: EducationRow[]) => formatList(list.map((r) => r.label));
  const same = levels(roleTop) === levels(otherTop);
  const opening = same
    ? `Respondents most often name ${levels(roleTop)} as required for both ${role.title} (${formatPercent(roleTop[0]!.rolePct)}) and ${other.title} (${formatPercent(otherTop[0]!.otherPct)})`
    : `Respondents most often name ${levels(roleTop)} as required for ${role.title} (${formatPercent(roleTop[0]!.rolePct)}) and ${levels(otherTop)} for ${other.title} (${formatPercent(otherTop[0]!.otherPct)})`;
  const widest = leaders(rows, (r) => Math.abs(r.gapPp));
  const [gap] = widest;
  if (!gap || gap.gapPp === 0 || widest.length > 1) return `${opening}.`;
  return `${opening}; the largest difference is for ${gap.label}: ${formatPercent(gap.rolePct)} for ${role.title} against ${formatPercent(gap.otherPct)} for ${other.title}, ${formatDecimal(Math.abs(gap.gapPp))} percentage points.`;
}

/** A skill O*NET rates for both occupations, with the difference in importance points (0–100 scale). */
export interface ImportanceGap {
  elementId: string;
  name: string;
  roleImportance: number;
  otherImportance: number;
  /** roleImportance − otherImportance, in O*NET importance points, rounded to 0.1. */
  gap: number;
  /** O*NET recommends suppressing one of the two ratings (low precision). */
  caution?: true;
}

export interface DistinctiveImportance {
  /** Rated more important for the first occupation, largest difference first. */
  role: ImportanceGap[];
  /** Rated more important for the second, largest difference first (gap negative). */
  other: ImportanceGap[];
}

/**
 * The skills that set each occupation apart by O*NET importance: among skills rated for both, the
 * largest differences in importance points each way (at most `limit` a side). Equal ratings set no
 * one apart; a skill rated for one occupation only is not compared.
 */
export function distinctiveImportance(
  role: readonly ImportanceRating[],
  other: readonly ImportanceRating[],
  limit = 5,
): DistinctiveImportance {
  const others = new Map(other.map((r) => [r.elementId, r]));
  const gaps: ImportanceGap[] = role.flatMap((r) => {
    const match = others.get(r.elementId);
    if (!match) return [];
    return [
      {
        elementId: r.elementId,
        name: r.name,
        roleImportance: r.importance,
        otherImportance: match.importance,
        gap: round1(r.importance - match.importance),
        ...((r.suppressRecommended || match.suppressRecommended) && { caution: true as const }),
      },
    ];
  });
  const byName = (a: ImportanceGap, b: ImportanceGap) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return {
    role: gaps
      .filter((g) => g.gap > 0)
      .sort((a, b) => b.gap - a.gap || byName(a, b))
      .slice(0, limit),
    other: gaps
      .filter((g) => g.gap < 0)
      .sort((a, b) => a.gap - b.gap || byName(a, b))
      .slice(0, limit),
  };
}

function importanceClause(gap: ImportanceGap, ahead: Named, behind: Named, own: number, theirs: number): string {
  return (
    `${gap.name} sets ${ahead.title} apart most: O*NET rates its importance ${formatDecimal(own)} for them ` +
    `against ${formatDecimal(theirs)} for ${behind.title}, ${formatDecimal(Math.abs(gap.gap))} importance points higher`
  );
}

/**
 * "Negotiation sets Sales Managers apart most: O*NET rates its importance 72 for them against 50 for
 * Marketing Managers, 22 importance points higher; Programming sets …." O*NET titles are written as
 * O*NET gives them. Undefined when no rating differs.
 */
export function distinctiveImportanceSentence(role: Named, other: Named, gaps: DistinctiveImportance) {
  const [roleTop] = gaps.role;
  const [otherTop] = gaps.other;
  const clauses = [
    ...(roleTop ? [importanceClause(roleTop, role, other, roleTop.roleImportance, roleTop.otherImportance)] : []),
    ...(otherTop ? [importanceClause(otherTop, other, role, otherTop.otherImportance, otherTop.roleImportance)] : []),
  ];
  return clauses.length === 0 ? undefined : `${clauses.join('; ')}.`;
}

/** Technologies O*NET marks as hot for both occupations, in the first occupation's O*NET order. */
export function sharedHotTechnologies(role: readonly Technology[], other: readonly Technology[]): Technology[] {
  const hotOther = new Set(other.filter((t) => t.hot).map((t) => matchKey(t.name)));
  const seen = new Set<string>();
  return role.filter((t) => {
    const key = matchKey(t.name);
    if (!t.hot || !hotOther.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * "O*NET marks 12 technologies as hot for both occupations: 12 of the 40 it marks for Sales Managers
 * and of the 25 for Marketing Managers." Undefined when they share none.
 */
export function sharedHotSentence(
  role: Named & { technologies: readonly Technology[] },
  other: Named & { technologies: readonly Technology[] },
  shared: readonly Technology[],
): string | undefined {
  if (shared.length === 0) return undefined;
  const hot = (t: readonly Technology[]) => new Set(t.filter((x) => x.hot).map((x) => matchKey(x.name))).size;
  const count = shared.length === 1 ? 'one technology' : `${formatCount(shared.length)} technologies`;
  return `O*NET marks ${count} as hot for both occupations, of the ${formatCount(hot(role.technologies))} it marks as hot for ${role.title} and the ${formatCount(hot(other.technologies))} for ${other.title}.`;
}

/**
 * Why wages by sector are not drawn for both on one axis, when only that is missing: "BLS gives no
 * wages by industry sector for Online Merchants." Undefined when the chart is drawn, when neither
 * has sector figures, or when both have the same SOC figures (said with the national figures).
 */
export function sectorsNotComparedSentence(
  role: Named & { group: SectorGroup | undefined },
  other: Named & { group: SectorGroup | undefined },
  sameFigures: boolean,
): string | undefined {
  if (sameFigures || (!role.group && !other.group)) return undefined;
  if (!role.group || !other.group)
    return `BLS gives no wages by industry sector for ${(role.group ? other : role).title}.`;
  if (role.group.unit === other.group.unit) return undefined;
  const [hourly, annual] = role.group.unit === 'hourly' ? [role, other] : [other, role];
  return `BLS gives the wages of ${hourly.title} by the hour only, so they are not drawn on one axis with the annual wages of ${annual.title}.`;
}
