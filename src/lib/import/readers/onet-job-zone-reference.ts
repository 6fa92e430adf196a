/** O*NET `Job Zone Reference.txt`: the five job zones, named and described → onet_job_zones rows. */
import type { OutputRow, SourceFileReader } from '@/lib/import/reader';
import { ONET_FILES, isZone } from '@/lib/import/readers/onet-common';

type Optional = 'Experience' | 'Education' | 'Job Training' | 'Examples' | 'SVP Range';

export const jobZoneReferenceReader: SourceFileReader<
  { sourceId: string },
  { rows: OutputRow[]; zones: ReadonlySet<number> },
  'Job Zone' | 'Name',
  Optional
> = {
  file: ONET_FILES.jobZoneReference,
  required: ['Job Zone', 'Name'],
  optional: ['Experience', 'Education', 'Job Training', 'Examples', 'SVP Range'],
  read({ table, columns, cells, context }) {
    const rows: OutputRow[] = [];
    const zones = new Set<number>();
    for (const record of table.records) {
      cells.at(record);
      const zone = cells.number(columns['Job Zone'], 'a job zone number from 1 to 5', isZone);
      const name = cells.text(columns.Name, 'the job zone name');
      if (zone === undefined || !name) continue;
      zones.add(zone);
      rows.push({
        job_zone: String(zone),
        name,
        experience: cells.optionalText(columns.Experience),
        education: cells.optionalText(columns.Education),
        training: cells.optionalText(columns['Job Training']),
        examples: cells.optionalText(columns.Examples),
        svp_range: cells.optionalText(columns['SVP Range']),
        source_id: context.sourceId,
      });
    }
    return { rows: rows.sort((a, b) => Number(a.job_zone) - Number(b.job_zone)), zones };
  },
};
