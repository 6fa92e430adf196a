/**
 * The seed plus the importer's output for the fixture extracts (O*NET 29.3 or 27.0 and BLS May 2024),
 * as a site model, and the imported CSV rows to derive expectations from.
 */
import { expect } from 'vitest';
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
import { BLS, ONET_29, csvRows, folder } from '../import/fixtures';
import { seedFiles } from './data-folder';

export interface OfficialFixture {
  model: SiteModel;
  /** Rows of one imported file, e.g. rowsOf('bls_oews.csv'). */
  rowsOf(file: string): Record<string, string>[];
  /** A resume role (roles.csv). */
  role(id: string): RoleRecord;
  /** An O*NET occupation. */
  occupation(id: string): OccupationRecord;
  /** What the /roles/<id>/ page of either kind shows. */
  view(id: string): RolePageView;
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
  const record = (id: string): RolePageRecord => {
    const found = model.roles.find((r) => r.id === id) ?? model.occupations.find((o) => o.id === id);
    if (!found) throw new Error(`No role or occupation "${id}" in the fixture model.`);
    return found;
  };
  const fixture: OfficialFixture = {
    model,
    rowsOf: (file) => csvRows(result.files.get(file)!),
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
  cache.set(onetPath, fixture);
  return fixture;
}
