/** The seed CSV files as rows of text keyed by column, typed by file so tests read columns by name. */
import Papa from 'papaparse';
import { seedText } from './data-folder';

interface SeedColumns {
  'sources.csv': 'id' | 'title' | 'publisher' | 'date' | 'date_label' | 'url' | 'licence' | 'note';
  'roles.csv': 'id' | 'title' | 'title_plural' | 'description' | 'onet_code' | 'source_id';
  'responsibilities.csv': 'role_id' | 'position' | 'text' | 'source_id';
  'skills.csv': 'role_id' | 'skill' | 'kind' | 'resume_share_pct' | 'example' | 'why_it_matters' | 'source_id';
  'employers.csv': 'role_id' | 'employer' | 'open_jobs' | 'source_id';
  'salaries.csv': 'role_id' | 'industry' | 'avg_salary_usd' | 'source_id';
  'comparisons.csv':
    'role_id' | 'other_role_id' | 'masters_pp_diff' | 'doctoral_pp_diff' | 'education_verdict' | 'source_id';
  'comparison_skills.csv': 'role_id' | 'other_role_id' | 'side' | 'position' | 'skill' | 'source_id';
}

/** Rows of a seed file; blank cells are empty strings. */
export function seedRows<F extends keyof SeedColumns>(file: F): Record<SeedColumns[F], string>[] {
  return Papa.parse<Record<SeedColumns[F], string>>(seedText(file), { header: true, skipEmptyLines: true }).data;
}
