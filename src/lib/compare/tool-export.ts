/**
 * The comparison tool's downloads: exactly the figures it shows, as CSV (formula-safe, through the
 * site's one CSV writer) and as JSON. Pure, so the files are tested without a browser.
 */
import { recordsToCsv } from '@/lib/downloads/csv';
import { DEGREES } from '@/lib/role/education';
import type { ToolView } from '@/lib/compare/tool-view';
import { figureCell } from '@/lib/occupation/words';

/** One line of the long-format comparison table. */
export interface ToolExportRow extends Record<string, string | number | null> {
  section: 'skill' | 'salary' | 'education' | 'official-wage' | 'official-skill-importance';
  role_id: string;
  role: string;
  /** For education: the role compared with `role`, as the data states the pair. */
  compared_with_id: string | null;
  compared_with: string | null;
  /** Skill name, industry, degree, or "education verdict". */
  item: string;
  /** A number, "listed" (a skill named without a share) or the source's word. */
  value: string | number;
  unit: string;
  note: string | null;
}

const COLUMNS = [
  { key: 'section', header: 'Section' },
  { key: 'role_id', header: 'Role id' },
  { key: 'role', header: 'Role' },
  { key: 'compared_with_id', header: 'Compared with (id)' },
  { key: 'compared_with', header: 'Compared with' },
  { key: 'item', header: 'Item' },
  { key: 'value', header: 'Value' },
  { key: 'unit', header: 'Unit' },
  { key: 'note', header: 'Note' },
] as const;

const BASE = { compared_with_id: null, compared_with: null, note: null };

/** A share, or "listed" where the skill is named without one, for each role listing a skill. */
function skillRows(view: ToolView): ToolExportRow[] {
  return view.matrix.rows.flatMap((skill) =>
    skill.cells.flatMap((cell, i): ToolExportRow[] => {
      const role = view.roles[i]!;
      if (cell.kind === 'absent') return [];
      return [
        {
          ...BASE,
          section: 'skill',
          role_id: role.id,
          role: role.title,
          item: skill.name,
          value: cell.kind === 'share' ? cell.pct : 'listed',
          unit: cell.kind === 'share' ? '% of resumes' : '',
        },
      ];
    }),
  );
}

function salaryRows(view: ToolView): ToolExportRow[] {
  return view.salaries.flatMap((group) =>
    group.salaries.map((salary): ToolExportRow => {
      const highest = group.highest.some((h) => h.industry === salary.industry);
      return {
        ...BASE,
        section: 'salary',
        role_id: group.roleId,
        role: group.title,
        item: salary.industry,
        value: salary.avgSalaryUsd,
        unit: 'USD a year (average)',
        note: highest ? 'highest-paying industry on record for this role' : null,
      };
    }),
  );
}

function educationRows(view: ToolView): ToolExportRow[] {
  return view.education.flatMap((pair) => {
    const common = {
      ...BASE,
      section: 'education' as const,
      role_id: pair.role.id,
      role: pair.role.title,
      compared_with_id: pair.other.id,
      compared_with: pair.other.title,
    };
    const rows: ToolExportRow[] = DEGREES.flatMap((degree) => {
      const pp = pair[degree.key];
      return pp === undefined
        ? []
        : [{ ...common, item: degree.label, value: pp, unit: 'percentage points (compared role minus role)' }];
    });
    if (pair.verdict) {
      rows.push({ ...common, item: 'education verdict', value: pair.verdict, unit: '', note: "the source's word" });
    }
    return rows;
  });
}

/** BLS national employment and wages: withheld figures as BLS's reason in words. */
function officialWageRows(view: ToolView): ToolExportRow[] {
  return view.officialWages.flatMap((row) => {
    const { figures } = row;
    const common = {
      ...BASE,
      section: 'official-wage' as const,
      role_id: row.roleId,
      role: row.title,
      note:
        figures.matchedBy === 'soc-code'
          ? `BLS figures for ${figures.socTitle} (SOC ${figures.socCode})`
          : `BLS figures for ${figures.socTitle} (SOC ${figures.socCode}), which includes ${row.occupationTitle}`,
    };
    const wageUnit = `USD ${figures.unit === 'annual' ? 'a year' : 'an hour'} (BLS, all industries)`;
    const measures = [
      ['Employment', figures.employment, 'jobs (BLS, all industries)'],
      ['Mean wage', figures.mean, wageUnit],
      ['Median wage', figures.median, wageUnit],
    ] as const;
    return measures.flatMap(([item, figure, unit]): ToolExportRow[] =>
      figure === undefined ? [] : [{ ...common, item, value: figureCell(figure), unit }],
    );
  });
}

function importanceRows(view: ToolView): ToolExportRow[] {
  if (!view.importance) return [];
  const { roles, rows: skills } = view.importance;
  return skills.flatMap((skill) =>
    skill.cells.flatMap((importance, i): ToolExportRow[] =>
      importance === null
        ? []
        : [
            {
              ...BASE,
              section: 'official-skill-importance',
              role_id: roles[i]!.id,
              role: roles[i]!.title,
              item: skill.name,
              value: importance,
              unit: 'O*NET importance (0–100)',
            },
          ],
    ),
  );
}

/** Every figure the tool shows, one row each, section by section in panel order. */
export function toolExportRows(view: ToolView): ToolExportRow[] {
  return [
    ...skillRows(view),
    ...salaryRows(view),
    ...educationRows(view),
    ...officialWageRows(view),
    ...importanceRows(view),
  ];
}

export function toolCsv(view: ToolView): string {
  return recordsToCsv<ToolExportRow>([...COLUMNS], toolExportRows(view));
}

/** The comparison as JSON: the roles, every figure shown, what is missing, and the sources. */
export function toolJson(view: ToolView, permalink: string): string {
  const document = {
    title: `Comparison of ${view.roles.map((r) => r.title).join(', ')}`,
    permalink,
    roles: view.roles,
    skills: view.matrix.rows.map((row) => ({
      slug: row.slug,
      name: row.name,
      byRole: Object.fromEntries(
        row.cells.map((cell, i) => [
          view.roles[i]!.id,
          cell.kind === 'share' ? cell.pct : cell.kind === 'listed' ? 'listed' : null,
        ]),
      ),
    })),
    salaries: view.salaries.map((g) => ({
      roleId: g.roleId,
      byIndustry: g.salaries,
      highestPaying: g.highest.map((h) => h.industry),
    })),
    education: view.education.map((pair) => ({
      roleId: pair.role.id,
      comparedWithId: pair.other.id,
      mastersPpDiff: pair.mastersPpDiff ?? null,
      doctoralPpDiff: pair.doctoralPpDiff ?? null,
      sourceVerdict: pair.verdict ?? null,
      sourceId: pair.sourceId,
    })),
    officialWages: view.officialWages.map((row) => ({
      roleId: row.roleId,
      occupation: row.occupationTitle,
      ...row.figures,
    })),
    officialSkillImportance: view.importance
      ? view.importance.rows.map((row) => ({
          name: row.name,
          byRole: Object.fromEntries(row.cells.map((value, i) => [view.importance!.roles[i]!.id, value])),
        }))
      : [],
    missing: view.missing,
    sources: [...view.sources, ...view.officialSources.filter((s) => !view.sources.some((r) => r.id === s.id))],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A file name for the downloads, from the picked role ids. */
export function toolFileName(view: ToolView, extension: 'csv' | 'json'): string {
  return `compare-${view.roles.map((r) => r.id).join('-and-')}.${extension}`;
}
