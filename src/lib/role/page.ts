/**
 * What one /roles/<id>/ page shows, computed once per page: its record (a resume role or an O*NET
 * occupation) and, for the official part, the occupation whose figures it shows — the record itself,
 * or the occupation a resume role names. Pure: the caller passes how to read a record by id.
 */
import type { OccupationRecord, RolePageRecord, Source } from '@/lib/model/site-model';

export interface RolePageView {
  record: RolePageRecord;
  /** The occupation whose official O*NET and BLS figures the page shows, if any. */
  occupation?: OccupationRecord;
  /** Every source the page cites (the record's, then the occupation's), by id. */
  sources: Record<string, Source>;
}

/** The occupation a record is, or the one it names (read with `read`); undefined when neither. */
export function occupationOf(
  record: RolePageRecord,
  read: (id: string) => RolePageRecord,
): OccupationRecord | undefined {
  if (record.kind === 'occupation') return record;
  if (!record.occupation) return undefined;
  const linked = read(record.occupation.id);
  if (linked.kind !== 'occupation')
    throw new Error(`Role "${record.id}" names occupation "${record.occupation.id}", which is not an occupation.`);
  return linked;
}

export function rolePageView(record: RolePageRecord, read: (id: string) => RolePageRecord): RolePageView {
  const occupation = occupationOf(record, read);
  const sources = occupation && occupation !== record ? { ...record.sources, ...occupation.sources } : record.sources;
  return {
    record,
    ...(occupation && { occupation }),
    sources: Object.fromEntries(Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}
