/**
 * The seed data with the importer's output for the O*NET 29.3 and BLS fixture extracts beside it, as
 * a site model, and the imported CSV rows to derive expectations from (never the implementation's).
 */
import { buildSiteModel, type RoleRecord, type SiteModel } from '@/lib/model/site-model';
import { validateDataFolder } from '@/lib/data/validate';
import { importOfficial } from '@/lib/import/official';
import { BLS, ONET_29, csvRows, folder, tabRows } from '../import/fixtures';
import { seedFiles } from '../support/data-folder';
import { seedRows } from './seed-model';

export interface OfficialCompareFixture {
  model: SiteModel;
  /** Rows of one imported file, e.g. rowsOf('bls_oews.csv'). */
  rowsOf(file: string): Record<string, string>[];
  /** Rows of the raw O*NET fixture file, e.g. onetRows('Related Occupations.txt'). */
  onetRows(file: string): Record<string, string>[];
  role(id: string): RoleRecord;
}

let cached: OfficialCompareFixture | undefined;

export function officialCompareFixture(): OfficialCompareFixture {
  if (cached) return cached;
  const takenRoleIds = new Set(seedRows('roles.csv').map((r) => r.id!));
  const result = importOfficial({ onet: folder(ONET_29), bls: folder(BLS), takenRoleIds });
  if (!result.ok) throw new Error(JSON.stringify(result, null, 1));
  const files = seedFiles();
  for (const [name, csv] of result.files) files.set(name, new TextEncoder().encode(csv));
  const { tables, issues } = validateDataFolder(files);
  if (issues.length > 0) throw new Error(`fixture data has issues: ${JSON.stringify(issues)}`);
  const model = buildSiteModel(tables);
  cached = {
    model,
    rowsOf: (file) => csvRows(result.files.get(file)!),
    onetRows: (file) => tabRows(ONET_29, file).map((r) => r.cells),
    role: (id) => {
      const role = model.roles.find((r) => r.id === id);
      if (!role) throw new Error(`No role "${id}" in the fixture model.`);
      return role;
    },
  };
  return cached;
}
