/**
 * The figures `npm run aggregate` computed from raw records (record_*.csv), gathered per role or occupation.
 * Their one source is the run (record_run.csv, source id "records"); hand-typed figures keep their own.
 */
import type { Tables } from '@/lib/data/tables';
import { EDUCATION_LABELS, type EducationLevel } from '@/lib/records/contract';
import { formatCount } from '@/lib/format';

export interface RecordSkillShare {
  name: string;
  listing: number;
  /** The share's n: records of the role. */
  records: number;
  sharePct: number;
  /** 95 % Wilson score interval. */
  lowPct: number;
  highPct: number;
}

export interface RecordSalary {
  industry: string;
  records: number;
  /** Fewer records than the minimum: no figures. */
  suppressed: boolean;
  p25Usd?: number;
  medianUsd?: number;
  p75Usd?: number;
  meanUsd?: number;
}

export interface RecordEducation {
  level: EducationLevel;
  label: string;
  /** Records stating a level (the share's n). */
  records: number;
  suppressed: boolean;
  sharePct?: number;
  lowPct?: number;
  highPct?: number;
}

export interface RecordDistinctiveSkill {
  name: string;
  /** z-score of the weighted log-odds ratio, positive: more typical of this role. */
  z: number;
  sharePct: number;
  otherSharePct: number;
}

/** A computed comparison with another role, seen from this one. */
export interface RecordComparison {
  otherId: string;
  otherTitle: string;
  /** Per education level: this role's share, the other's, and other − this in percentage points. */
  education: { level: EducationLevel; label: string; sharePct: number; otherSharePct: number; ppDiff: number }[];
  /** Skills more typical of this role, most distinctive first. */
  roleSkills: RecordDistinctiveSkill[];
  /** Skills more typical of the other role. */
  otherSkills: RecordDistinctiveSkill[];
}

/** Everything computed from records about one role or occupation. */
export interface RecordFigures {
  sourceId: string;
  /** Figures from fewer records than this are not published. */
  minRecords: number;
  /** Fewer records than minRecords: nothing else is published. */
  suppressed: boolean;
  /** Absent when suppressed. */
  records?: number;
  dateFrom?: string;
  dateTo?: string;
  /** Most listed first. */
  skills: RecordSkillShare[];
  /** Most records first; employers under minRecords are not listed. */
  employers: { name: string; records: number }[];
  /** Industries in name order. */
  salaries: RecordSalary[];
  /** Levels from none to doctoral. */
  education: RecordEducation[];
  /** Comparisons with every other role published from the same records (roles only), in the other's id order. */
  comparisons: RecordComparison[];
}

export const RECORDS_SOURCE_ID = 'records';

/** The run as pages cite it; the note's numbers come from record_run.csv. */
/** The run as a source (the shape of model/site-model.ts's Source, which imports this file). */
export function recordsSource(tables: Tables): { id: string; title: string; date: string; note: string } | undefined {
  const run = tables.recordRun[0]?.row;
  if (!run) return undefined;
  return {
    id: run.id,
    title: run.title,
    date: run.date,
    note:
      `Computed by this project from ${formatCount(run.records_read)} records: ${formatCount(run.mapped)} matched a ` +
      `role or occupation by title, ${formatCount(run.unmapped)} matched none, and ${formatCount(run.bad)} bad records ` +
      `were left out. Figures from fewer than ${formatCount(run.min_records)} records are not published.`,
  };
}

/** Record figures by "kind:group_id" (e.g. "role:global-account-manager", "occupation:11-2022.00"). */
export function recordFigures(tables: Tables): Map<string, RecordFigures> {
  const run = tables.recordRun[0]?.row;
  const figures = new Map<string, RecordFigures>();
  if (!run) return figures;
  const key = (row: { kind: string; group_id: string }) => `${row.kind}:${row.group_id}`;
  for (const { row } of tables.recordGroups) {
    figures.set(key(row), {
      sourceId: run.id,
      minRecords: run.min_records,
      suppressed: row.suppressed === 'yes',
      ...(row.records !== undefined && { records: row.records }),
      ...(row.date_from && { dateFrom: row.date_from }),
      ...(row.date_to && { dateTo: row.date_to }),
      skills: [],
      employers: [],
      salaries: [],
      education: [],
      comparisons: [],
    });
  }
  const of = (row: { kind: string; group_id: string }) => figures.get(key(row));
  for (const { row } of [...tables.recordSkills].sort((a, b) => a.row.position - b.row.position)) {
    of(row)?.skills.push({
      name: row.skill,
      listing: row.listing,
      records: row.records,
      sharePct: row.share_pct,
      lowPct: row.low_pct,
      highPct: row.high_pct,
    });
  }
  for (const { row } of [...tables.recordEmployers].sort((a, b) => a.row.position - b.row.position))
    of(row)?.employers.push({ name: row.employer, records: row.records });
  for (const { row } of [...tables.recordSalaries].sort((a, b) => a.row.industry.localeCompare(b.row.industry, 'en'))) {
    of(row)?.salaries.push({
      industry: row.industry,
      records: row.records,
      suppressed: row.suppressed === 'yes',
      ...(row.p25_usd !== undefined && { p25Usd: row.p25_usd }),
      ...(row.median_usd !== undefined && { medianUsd: row.median_usd }),
      ...(row.p75_usd !== undefined && { p75Usd: row.p75_usd }),
      ...(row.mean_usd !== undefined && { meanUsd: row.mean_usd }),
    });
  }
  for (const { row } of [...tables.recordEducation].sort((a, b) => a.row.position - b.row.position)) {
    of(row)?.education.push({
      level: row.education,
      label: EDUCATION_LABELS[row.education],
      records: row.records,
      suppressed: row.suppressed === 'yes',
      ...(row.share_pct !== undefined && { sharePct: row.share_pct }),
      ...(row.low_pct !== undefined && { lowPct: row.low_pct }),
      ...(row.high_pct !== undefined && { highPct: row.high_pct }),
    });
  }
  addComparisons(tables, figures);
  return figures;
}

/** Each pair is stored once (role_id < other_role_id); both roles get it, the second seen from its own side. */
function addComparisons(tables: Tables, figures: Map<string, RecordFigures>): void {
  const titles = new Map(tables.roles.map(({ row }) => [row.id, row.title]));
  const pairs = new Map<string, { from: RecordComparison; to: RecordComparison }>();
  const pairOf = (roleId: string, otherId: string) => {
    const key = `${roleId}\u0000${otherId}`;
    let pair = pairs.get(key);
    if (!pair) {
      pair = {
        from: { otherId, otherTitle: titles.get(otherId) ?? otherId, education: [], roleSkills: [], otherSkills: [] },
        to: {
          otherId: roleId,
          otherTitle: titles.get(roleId) ?? roleId,
          education: [],
          roleSkills: [],
          otherSkills: [],
        },
      };
      pairs.set(key, pair);
      figures.get(`role:${roleId}`)?.comparisons.push(pair.from);
      figures.get(`role:${otherId}`)?.comparisons.push(pair.to);
    }
    return pair;
  };
  for (const { row } of tables.recordEducationDiffs) {
    const { from, to } = pairOf(row.role_id, row.other_role_id);
    const label = EDUCATION_LABELS[row.education];
    from.education.push({
      level: row.education,
      label,
      sharePct: row.share_pct,
      otherSharePct: row.other_share_pct,
      ppDiff: row.pp_diff,
    });
    to.education.push({
      level: row.education,
      label,
      sharePct: row.other_share_pct,
      otherSharePct: row.share_pct,
      ppDiff: -row.pp_diff,
    });
  }
  const ranked = [...tables.recordDistinctiveSkills].sort((a, b) => a.row.position - b.row.position);
  for (const { row } of ranked) {
    const { from, to } = pairOf(row.role_id, row.other_role_id);
    const seenFromRole = { name: row.skill, z: row.z, sharePct: row.share_pct, otherSharePct: row.other_share_pct };
    const seenFromOther = { name: row.skill, z: -row.z, sharePct: row.other_share_pct, otherSharePct: row.share_pct };
    if (row.side === 'role') {
      from.roleSkills.push(seenFromRole);
      to.otherSkills.push(seenFromOther);
    } else {
      from.otherSkills.push(seenFromRole);
      to.roleSkills.push(seenFromOther);
    }
  }
  for (const record of figures.values()) record.comparisons.sort((a, b) => a.otherId.localeCompare(b.otherId, 'en'));
}
