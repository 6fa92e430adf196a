/** The site model built from the seed data/ folder, and its CSV rows, for comparison tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { buildSiteModel, type SiteModel } from '@/lib/data/model';
import { validateDataFolder } from '@/lib/data/validate';

export function seedModel(dir = 'data'): SiteModel {
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv'))) files.set(name, readFileSync(join(dir, name)));
  const { tables, issues } = validateDataFolder(files);
  if (issues.length > 0) throw new Error(`seed data has issues: ${JSON.stringify(issues)}`);
  return buildSiteModel(tables);
}

export function seedRows(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join('data', file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}
