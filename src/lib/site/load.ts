/**
 * Build-time access to the generated data. Each page reads the one record it shows; the
 * catalogue (names and links of everything) is small and shared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Catalogue,
  Comparison,
  EmployerRecord,
  OccupationRecord,
  RolePageRecord,
  RoleRecord,
  SkillRecord,
} from '@/lib/model/site-model';
import type { OfficialComparison } from '@/lib/compare/occupation-pairs';
import { GENERATED_FORMAT, OFFICIAL_COMPARISONS_FILE } from '@/lib/site/generated-files';
import { generatedDir } from '@/lib/node/paths';

const cache = new Map<string, unknown>();

function readGenerated<T>(path: string): T {
  const cached = cache.get(path);
  if (cached !== undefined) return cached as T;
  const file = join(generatedDir(), path);
  if (!existsSync(file)) {
    throw new Error(
      `Generated data ${file} is missing: run \`npm run data\` (or \`npm run build\`, which runs it first).`,
    );
  }
  const value = JSON.parse(readFileSync(file, 'utf8')) as T;
  // The dev server rereads after every data change; a build reads each file once.
  if (!import.meta.env?.DEV) cache.set(path, value);
  return value;
}

export function loadCatalogue(): Catalogue {
  const catalogue = readGenerated<Catalogue & { format: number }>('catalogue.json');
  if (catalogue.format !== GENERATED_FORMAT) {
    throw new Error('Generated data is from another version of the data step: run `npm run data`.');
  }
  return catalogue;
}

/** The record of a /roles/<id>/ page: a resume role or an O*NET occupation. */
export const loadRolePage = (id: string) => readGenerated<RolePageRecord>(`roles/${id}.json`);

const notOfKind = (id: string, want: string) => new Error(`roles/${id}.json is not ${want}: run \`npm run data\`.`);

/** A resume role (roles.csv). */
export function loadRole(id: string): RoleRecord {
  const record = loadRolePage(id);
  if (record.kind !== 'role') throw notOfKind(id, 'a role');
  return record;
}

/** An O*NET occupation (onet_occupations.csv). */
export function loadOccupation(id: string): OccupationRecord {
  const record = loadRolePage(id);
  if (record.kind !== 'occupation') throw notOfKind(id, 'an occupation');
  return record;
}
export const loadSkill = (slug: string) => readGenerated<SkillRecord>(`skills/${slug}.json`);
export const loadEmployer = (slug: string) => readGenerated<EmployerRecord>(`employers/${slug}.json`);
export const loadComparison = (id: string) => readGenerated<Comparison>(`comparisons/${id}.json`);
/** The comparisons of related O*NET occupations (empty without official data). */
export const loadOfficialComparisons = () => readGenerated<OfficialComparison[]>(OFFICIAL_COMPARISONS_FILE);
