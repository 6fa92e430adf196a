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
 */
import type { RoleRecord } from '@/lib/data/model';
import { recordsToCsv, type CsvCell } from '@/lib/downloads/csv';

export const ROLE_CSV_COLUMNS = ['section', 'label', 'value', 'unit', 'source_id'] as const;

type Fact = Record<(typeof ROLE_CSV_COLUMNS)[number], CsvCell>;

/** Every fact of a role, one row each, in page order. */
export function roleFacts(role: RoleRecord): Fact[] {
  const fact = (section: string, label: CsvCell, value: CsvCell, unit: string, sourceId: string): Fact => ({
    section,
    label,
    value,
    unit,
    source_id: sourceId,
  });
  const text = (section: string, label: CsvCell, value: string | undefined, sourceId: string) =>
    value === undefined ? [] : [fact(section, label, value, 'text', sourceId)];
  return [
    ...text('role', 'id', role.id, role.sourceId),
    ...text('role', 'title', role.title, role.sourceId),
    ...text('role', 'plural', role.plural, role.sourceId),
    ...text('role', 'description', role.description, role.sourceId),
    ...text('role', 'onet_code', role.onetCode, role.sourceId),
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

export function roleCsv(role: RoleRecord): string {
  return recordsToCsv(
    ROLE_CSV_COLUMNS.map((key) => ({ key, header: key })),
    roleFacts(role),
  );
}

export function roleJson(role: RoleRecord): string {
  return `${JSON.stringify(role, null, 2)}\n`;
}
