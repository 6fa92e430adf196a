/** O*NET `Job Zones.txt`: each occupation's job zone, one per occupation. */
import type { SourceFileReader } from '@/lib/import/reader';
import { CODE, ONET_FILES, occupationCode, type OccupationContext } from '@/lib/import/readers/onet-common';

export const jobZonesReader: SourceFileReader<
  OccupationContext & { zones: ReadonlySet<number> },
  ReadonlyMap<string, number>,
  typeof CODE | 'Job Zone'
> = {
  file: ONET_FILES.jobZones,
  required: [CODE, 'Job Zone'],
  read({ table, columns, cells, context }) {
    const zoneOf = new Map<string, number>();
    for (const record of table.records) {
      cells.at(record);
      const code = occupationCode(context.occupations, cells, columns[CODE]);
      const zone = cells.number(columns['Job Zone'], `a job zone listed in ${ONET_FILES.jobZoneReference}`, (n) =>
        context.zones.has(n),
      );
      if (!code || zone === undefined) continue;
      if (zoneOf.has(code)) cells.fail(columns[CODE], 'one job zone per occupation; this one already has one');
      else zoneOf.set(code, zone);
    }
    return zoneOf;
  },
};
