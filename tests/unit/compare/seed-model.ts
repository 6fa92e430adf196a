/**
 * The site model built from the seed (the hand-made CSV files of data/, without the importer's
 * official files), and its CSV rows, for comparison tests. Official comparisons have tests of their
 * own on the importer's fixture extracts (official-fixture.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { buildSiteModel, type RoleRecord, type SiteModel } from '@/lib/model/site-model';
import type { RolePageView } from '@/lib/role/page';
import { validateDataFolder } from '@/lib/data/validate';
import { seedFiles } from '../support/data-folder';

export function seedModel(): SiteModel {
  const { tables, issues } = validateDataFolder(seedFiles());
  if (issues.length > 0) throw new Error(`seed data has issues: ${JSON.stringify(issues)}`);
  return buildSiteModel(tables);
}

/** A seed role's page: the seed imports no occupation, so it shows the role's own figures only. */
export const seedView = (record: RoleRecord): RolePageView => ({ record, sources: record.sources });

export function seedRows(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join('data', file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}
