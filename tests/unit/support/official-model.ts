/**
 * The seed plus the importer's output for the fixture extracts (O*NET 29.3 or 27.0 and BLS May 2024),
 * as a site model, and the imported CSV rows to derive expectations from.
 */
import { expect } from 'vitest';
import { buildSiteModel, type RoleRecord, type SiteModel } from '@/lib/model/site-model';
import { validateDataFolder } from '@/lib/data/validate';
import { importOfficial } from '@/lib/import/official';
import { BLS, ONET_29, csvRows, folder } from '../import/fixtures';
import { seedFiles } from './data-folder';

export interface OfficialFixture {
  model: SiteModel;
  /** Rows of one imported file, e.g. rowsOf('bls_oews.csv'). */
  rowsOf(file: string): Record<string, string>[];
  role(id: string): RoleRecord;
}

const cache = new Map<string, OfficialFixture>();

/** The seed folder (whose global account manager names 11-2022.00) with the fixture import beside it. */
export function officialFixture(onetPath = ONET_29): OfficialFixture {
  const cached = cache.get(onetPath);
  if (cached) return cached;
  const result = importOfficial({ onet: folder(onetPath), bls: folder(BLS), takenRoleIds: new Set() });
  if (!result.ok) throw new Error(JSON.stringify(result, null, 1));
  const files = seedFiles();
  for (const [name, csv] of result.files) files.set(name, new TextEncoder().encode(csv));
  const { tables, issues } = validateDataFolder(files);
  expect(issues).toEqual([]);
  const model = buildSiteModel(tables);
  const fixture: OfficialFixture = {
    model,
    rowsOf: (file) => csvRows(result.files.get(file)!),
    role: (id) => {
      const role = model.roles.find((r) => r.id === id);
      if (!role) throw new Error(`No role "${id}" in the fixture model.`);
      return role;
    },
  };
  cache.set(onetPath, fixture);
  return fixture;
}
