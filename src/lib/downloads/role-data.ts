/**
 * One role's data as a download. The JSON is the role's record as the page reads it. The CSV is a
 * long table, one fact per row, so every section fits one shape:
 *
 *   section   what the fact is: role, responsibility, skill, skill_example, soft_skill,
 *             soft_skill_why, soft_skill_example, employer, salary, education_masters_pp,
 *             education_doctoral_pp, education_verdict, comparison
 *   label     what it is about: the field name (role), position (responsibility), skill, employer,
 *             industry, or the related role's title (education, comparison)
 *   value     the figure or text as in the data (numbers unformatted; blank when unknown)
 *   unit      percent_of_resumes, open_jobs, usd_per_year, percentage_points, or text
 *   source_id the source the fact comes from (see the JSON's "sources", or /about/)
 *
 * A role with official figures (O*NET and BLS surveys, never mixed with the resume facts) adds
 * sections starting "official_": official_occupation (onet_code, title, job_zone, bls_matched_by,
 * bls_soc_code, bls_soc_title), official_employment and official_wage_<annual|hourly>_<mean|p10|
 * p25|median|p75|p90> (label: the industry, "Cross-industry" for all), official_skill_importance
 * and official_knowledge_importance (unit importance_0_100), official_education (unit
 * percent_of_respondents), official_technology (value: its category; official_technology_hot and
 * official_technology_in_demand say yes or no), official_task (label: O*NET task id; its type in
 * official_task_type), official_alternative_title (label: position) and official_related_occupation
 * (label: title; value: its O*NET-SOC code; tier in official_related_tier). Where BLS withholds a
 * figure, value is the reason as a word — not_available, top_coded or less_than_half_percent —
 * never a number.
 *
 * Figures computed from raw records (`npm run aggregate`, source id of the run) add sections starting
 * "records_", each share with its n and 95 % interval beside it: records_group (label records,
 * min_records, suppressed, date_from, date_to), records_skill_share with records_skill_share_low,
 * records_skill_share_high and records_skill_n (label: the skill; unit percent_of_records, n in
 * records), records_employer (records), records_salary_<p25|median|p75|mean> and records_salary_n
 * (label: the industry), records_education_share with _low, _high and records_education_n (label: the
 * level), and records_comparison_education_pp and records_distinctive_skill_z (label: "<other role>:
 * <level or skill>"). A figure from too few records has the value "suppressed", never a number.
 */
import type { RecordFigures } from '@/lib/model/record-figures';
import type { RoleRecord } from '@/lib/model/site-model';
import type { OfficialRecord } from '@/lib/occupation/figures';
import type { RolePageView } from '@/lib/role/page';
import { recordsToCsv, type CsvCell } from '@/lib/downloads/csv';

export const ROLE_CSV_COLUMNS = ['section', 'label', 'value', 'unit', 'source_id'] as const;

type Fact = Record<(typeof ROLE_CSV_COLUMNS)[number], CsvCell>;

const fact = (section: string, label: CsvCell, value: CsvCell, unit: string, sourceId: string): Fact => ({
  section,
  label,
  value,
  unit,
  source_id: sourceId,
});

/** What the CSV is written from: the page's record and the official figures it shows (a RolePageView has both). */
type FactsOf = { record: RolePageView['record']; occupation?: { official: OfficialRecord } };

/** Every fact of a page, one row each, in page order: the record's own, then the official figures it shows. */
export function roleFacts({ record, occupation }: FactsOf): Fact[] {
  return [
    ...(record.kind === 'role' ? resumeRoleFacts(record) : recordFacts(record)),
    ...(record.records ? computedFacts(record.records) : []),
    ...(occupation ? officialFacts(occupation.official) : []),
  ];
}

const textFact = (section: string, label: CsvCell, value: string | undefined, sourceId: string) =>
  value === undefined ? [] : [fact(section, label, value, 'text', sourceId)];

/** The facts every page record has: id, titles, description, O*NET code. */
function recordFacts(record: RolePageView['record']): Fact[] {
  return [
    ...textFact('role', 'id', record.id, record.sourceId),
    ...textFact('role', 'title', record.title, record.sourceId),
    ...textFact('role', 'plural', record.plural, record.sourceId),
    ...textFact('role', 'description', record.description, record.sourceId),
    ...textFact('role', 'onet_code', record.onetCode, record.sourceId),
  ];
}

/** A resume role's facts from resumes and career pages. */
function resumeRoleFacts(role: RoleRecord): Fact[] {
  const text = textFact;
  return [
    ...recordFacts(role),
    ...role.responsibilities.map((r, i) => fact('responsibility', i + 1, r.text, 'text', r.sourceId)),
    ...role.skills.flatMap((s) => [
      fact('skill', s.name, s.sharePct ?? null, 'percent_of_resumes', s.sourceId),
      ...text('skill_example', s.name, s.example, s.sourceId),
    ]),
    ...role.softSkills.flatMap((s) => [
      fact('soft_skill', s.name, s.sharePct ?? null, 'percent_of_resumes', s.sourceId),
      ...text('soft_skill_why', s.name, s.whyItMatters, s.sourceId),
      ...text('soft_skill_example', s.name, s.example, s.sourceId),
    ]),
    ...role.employers.map((e) => fact('employer', e.name, e.openJobs, 'open_jobs', e.sourceId)),
    ...role.salaries.map((s) => fact('salary', s.industry, s.avgSalaryUsd, 'usd_per_year', s.sourceId)),
    ...role.comparisons.flatMap((c) => [
      fact('comparison', c.other.title, c.id, 'text', c.sourceId),
      ...(c.mastersPpDiff === undefined
        ? []
        : [fact('education_masters_pp', c.other.title, c.mastersPpDiff, 'percentage_points', c.sourceId)]),
      ...(c.doctoralPpDiff === undefined
        ? []
        : [fact('education_doctoral_pp', c.other.title, c.doctoralPpDiff, 'percentage_points', c.sourceId)]),
      ...text('education_verdict', c.other.title, c.educationVerdict, c.sourceId),
    ]),
  ];
}

const SUPPRESSED = 'suppressed';
const RECORD_SALARY_MEASURES = [
  ['p25', 'p25Usd'],
  ['median', 'medianUsd'],
  ['p75', 'p75Usd'],
  ['mean', 'meanUsd'],
] as const;

/** The figures computed from records: each share with its n and interval; suppressed ones as the word. */
export function computedFacts(figures: RecordFigures): Fact[] {
  const id = figures.sourceId;
  const share = (
    section: string,
    label: string,
    f: { suppressed?: boolean; sharePct?: number; lowPct?: number; highPct?: number; records: number },
  ) =>
    f.suppressed || f.sharePct === undefined
      ? [
          fact(section, label, SUPPRESSED, 'percent_of_records', id),
          fact(`${section.replace(/_share$/, '')}_n`, label, f.records, 'records', id),
        ]
      : [
          fact(section, label, f.sharePct, 'percent_of_records', id),
          fact(`${section}_low`, label, f.lowPct ?? null, 'percent_of_records', id),
          fact(`${section}_high`, label, f.highPct ?? null, 'percent_of_records', id),
          fact(`${section.replace(/_share$/, '')}_n`, label, f.records, 'records', id),
        ];
  return [
    fact('records_group', 'records', figures.suppressed ? SUPPRESSED : (figures.records ?? null), 'records', id),
    fact('records_group', 'min_records', figures.minRecords, 'records', id),
    fact('records_group', 'suppressed', figures.suppressed ? 'yes' : 'no', 'yes_no', id),
    ...textFact('records_group', 'date_from', figures.dateFrom, id),
    ...textFact('records_group', 'date_to', figures.dateTo, id),
    ...figures.skills.flatMap((s) => share('records_skill_share', s.name, s)),
    ...figures.employers.map((e) => fact('records_employer', e.name, e.records, 'records', id)),
    ...figures.salaries.flatMap((s) => [
      ...RECORD_SALARY_MEASURES.map(([measure, key]) =>
        fact(`records_salary_${measure}`, s.industry, s.suppressed ? SUPPRESSED : (s[key] ?? null), 'usd_per_year', id),
      ),
      fact('records_salary_n', s.industry, s.records, 'records', id),
    ]),
    ...figures.education.flatMap((e) => share('records_education_share', e.label, e)),
    ...figures.comparisons.flatMap((c) => [
      ...c.education.map((e) =>
        fact('records_comparison_education_pp', `${c.otherTitle}: ${e.label}`, e.ppDiff, 'percentage_points', id),
      ),
      ...[...c.roleSkills, ...c.otherSkills].map((k) =>
        fact('records_distinctive_skill_z', `${c.otherTitle}: ${k.name}`, k.z, 'z_score', id),
      ),
    ]),
  ];
}

const WAGE_MEASURES = ['mean', 'p10', 'p25', 'median', 'p75', 'p90'] as const;

/** Every official fact of a role, one row each: O*NET's, then BLS's national and sector figures. */
export function officialFacts(official: OfficialRecord): Fact[] {
  const onet = official.onetSourceId;
  const yesNo = (value: boolean) => (value ? 'yes' : 'no');
  const national = official.oews?.national;
  const estimates = [...(national ? [national] : []), ...(official.oews?.bySector ?? [])];
  return [
    fact('official_occupation', 'onet_code', official.onetCode, 'text', onet),
    fact('official_occupation', 'title', official.title, 'text', onet),
    ...(official.jobZone
      ? [fact('official_occupation', 'job_zone', official.jobZone.zone, 'onet_job_zone', onet)]
      : []),
    ...(official.oews && national
      ? [
          fact('official_occupation', 'bls_matched_by', official.oews.matchedBy, 'text', national.sourceId),
          fact('official_occupation', 'bls_soc_code', national.socCode, 'text', national.sourceId),
          fact('official_occupation', 'bls_soc_title', national.socTitle, 'text', national.sourceId),
        ]
      : []),
    ...estimates.flatMap((e) => [
      ...(e.employment === undefined
        ? []
        : [fact('official_employment', e.industry, e.employment, 'jobs', e.sourceId)]),
      ...(['annual', 'hourly'] as const).flatMap((unit) =>
        WAGE_MEASURES.flatMap((measure) => {
          const value = e[unit][measure];
          return value === undefined
            ? []
            : [
                fact(
                  `official_wage_${unit}_${measure}`,
                  e.industry,
                  value,
                  unit === 'annual' ? 'usd_per_year' : 'usd_per_hour',
                  e.sourceId,
                ),
              ];
        }),
      ),
    ]),
    ...official.skills.map((r) => fact('official_skill_importance', r.name, r.importance, 'importance_0_100', onet)),
    ...official.knowledge.map((r) =>
      fact('official_knowledge_importance', r.name, r.importance, 'importance_0_100', onet),
    ),
    ...official.education.map((e) => fact('official_education', e.label, e.sharePct, 'percent_of_respondents', onet)),
    ...official.technologies.flatMap((t) => [
      fact('official_technology', t.name, t.commodity, 'text', onet),
      fact('official_technology_hot', t.name, yesNo(t.hot), 'yes_no', onet),
      ...(t.inDemand === undefined
        ? []
        : [fact('official_technology_in_demand', t.name, yesNo(t.inDemand), 'yes_no', onet)]),
    ]),
    ...official.tasks.flatMap((t) => [
      fact('official_task', t.id, t.text, 'text', onet),
      ...(t.type ? [fact('official_task_type', t.id, t.type, 'text', onet)] : []),
    ]),
    ...official.alternativeTitles.map((t, i) => fact('official_alternative_title', i + 1, t.title, 'text', onet)),
    ...official.related.flatMap((r) => [
      fact('official_related_occupation', r.title, r.onetCode, 'onet_soc_code', onet),
      fact('official_related_tier', r.title, r.tier, 'text', onet),
    ]),
  ];
}

export function roleCsv(view: FactsOf): string {
  return recordsToCsv(
    ROLE_CSV_COLUMNS.map((key) => ({ key, header: key })),
    roleFacts(view),
  );
}

/**
 * The page's record as JSON; on a resume role that names an occupation, with that occupation's
 * official figures under `official` (as the page shows them) and every source the page cites.
 */
export function roleJson({ record, occupation, sources }: RolePageView): string {
  const shown = record.kind === 'role' && occupation ? { ...record, official: occupation.official } : record;
  // Compact: a download is read by programs; a pretty-printed copy of a large occupation is a third bigger.
  return `${JSON.stringify({ ...shown, sources })}\n`;
}

/** The JSON download as roleJson writes it: the page's record, with `official` on a resume role naming an occupation. */
export type RoleJsonDocument = RolePageView['record'] & { official?: OfficialRecord };

/**
 * The CSV from the page's JSON download, row for row what roleCsv writes from the page itself: the
 * browser makes the CSV on click from the one data file each page ships (see RoleDownloads.astro).
 */
export function roleCsvFromJson(json: RoleJsonDocument): string {
  return roleCsv({ record: json, occupation: json.official ? { official: json.official } : undefined });
}
