/** O*NET `Education, Training, and Experience.txt`: the RL scale as a distribution over its categories → onet_education rows. */
import type { OutputRow, SourceFileReader } from '@/lib/import/reader';
import { formatNumber } from '@/lib/import/table';
import {
  CODE,
  ONET_FILES,
  occupationCode,
  suppressChoices,
  type OccupationContext,
} from '@/lib/import/readers/onet-common';

export const educationReader: SourceFileReader<
  OccupationContext & { sourceId: string; levels: ReadonlyMap<number, string> },
  OutputRow[],
  typeof CODE | 'Scale ID' | 'Category' | 'Data Value',
  'Recommend Suppress'
> = {
  file: ONET_FILES.education,
  required: [CODE, 'Scale ID', 'Category', 'Data Value'],
  optional: ['Recommend Suppress'],
  read({ table, columns, cells, context }) {
    const rows: OutputRow[] = [];
    const seen = new Map<string, number>();
    for (const record of table.records) {
      cells.at(record);
      if (cells.raw(columns['Scale ID']) !== 'RL') continue;
      const code = occupationCode(context.occupations, cells, columns[CODE]);
      const category = cells.number(
        columns.Category,
        `an RL category listed in ${ONET_FILES.educationCategories}`,
        (n) => context.levels.has(n),
      );
      const share = cells.number(columns['Data Value'], 'a percentage from 0 to 100', (n) => n >= 0 && n <= 100);
      const suppress =
        columns['Recommend Suppress'] === undefined
          ? undefined
          : cells.choice(columns['Recommend Suppress'], suppressChoices, '"Y", "N" or "n/a"');
      if (!code || category === undefined || share === undefined) continue;
      const key = `${code}\u0000${category}`;
      if (seen.has(key)) {
        cells.fail(columns.Category, `each category once per occupation; line ${seen.get(key)} has it`);
        continue;
      }
      seen.set(key, record.line);
      rows.push({
        onet_code: code,
        category: String(category),
        share_pct: formatNumber(share),
        suppress_recommended: suppress,
        source_id: context.sourceId,
      });
    }
    return rows.sort((a, b) => Number(a.category) - Number(b.category));
  },
};
