/**
 * The seed data with the importer's output for the O*NET 29.3 and BLS fixture extracts beside it, as
 * a site model, and the imported CSV rows to derive expectations from (never the implementation's).
 */
import {
  buildSiteModel,
  type OccupationRecord,
  type RolePageRecord,
  type RoleRecord,
  type SiteModel,
} from '@/lib/model/site-model';
import { rolePageView, type RolePageView } from '@/lib/role/page';
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
  /** A resume role (roles.csv). */
  role(id: string): RoleRecord;
  /** An O*NET occupation. */
  occupation(id: string): OccupationRecord;
  /** What the /roles/<id>/ page of either kind shows. */
  view(id: string): RolePageView;
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
  const record = (id: string): RolePageRecord => {
    const found = model.roles.find((r) => r.id === id) ?? model.occupations.find((o) => o.id === id);
    if (!found) throw new Error(`No role or occupation "${id}" in the fixture model.`);
    return found;
  };
  cached = {
    model,
    rowsOf: (file) => csvRows(result.files.get(file)!),
    onetRows: (file) => tabRows(ONET_29, file).map((r) => r.cells),
    role: (id) => {
      const found = record(id);
      if (found.kind !== 'role') throw new Error(`"${id}" is an occupation, not a role.`);
      return found;
    },
    occupation: (id) => {
      const found = record(id);
      if (found.kind !== 'occupation') throw new Error(`"${id}" is a role, not an occupation.`);
      return found;
    },
    view: (id) => rolePageView(record(id), record),
  };
  return cached;
}
