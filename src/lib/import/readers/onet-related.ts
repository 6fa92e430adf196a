/** O*NET `Related Occupations.txt` → onet_related_occupations rows, by tier and index. */
import type { OutputRow, SourceFileReader } from '@/lib/import/reader';
import {
  CODE,
  ONET_FILES,
  isPositiveInteger,
  occupationCode,
  type OccupationContext,
} from '@/lib/import/readers/onet-common';

const RELATED = 'Related O*NET-SOC Code';
const TIERS = { 'Primary-Short': 'primary-short', 'Primary-Long': 'primary-long', Supplemental: 'supplemental' };

export const relatedReader: SourceFileReader<
  OccupationContext & { sourceId: string },
  OutputRow[],
  typeof CODE | typeof RELATED | 'Relatedness Tier' | 'Index'
> = {
  file: ONET_FILES.related,
  required: [CODE, RELATED, 'Relatedness Tier', 'Index'],
  read({ table, columns, cells, context }) {
    const rows: OutputRow[] = [];
    const seen = new Map<string, number>();
    for (const record of table.records) {
      cells.at(record);
      const code = occupationCode(context.occupations, cells, columns[CODE]);
      const other = occupationCode(context.occupations, cells, columns[RELATED]);
      const tier = cells.choice(
        columns['Relatedness Tier'],
        TIERS,
        '"Primary-Short", "Primary-Long" or "Supplemental"',
      );
      const index = cells.number(columns.Index, 'a rank, a whole number from 1', isPositiveInteger);
      if (!code || !other || !tier || index === undefined) continue;
      const key = `${code}\u0000${other}`;
      if (code === other) {
        cells.fail(columns[RELATED], 'an occupation other than the one in the first column');
        continue;
      }
      if (seen.has(key)) {
        cells.fail(columns[RELATED], `each pair once; line ${seen.get(key)} has it`);
        continue;
      }
      seen.set(key, record.line);
      rows.push({
        onet_code: code,
        related_onet_code: other,
        tier,
        position: String(index),
        source_id: context.sourceId,
      });
    }
    return rows.sort((a, b) => Number(a.position) - Number(b.position));
  },
};
