/** O*NET `Occupation Data.txt`: each occupation's code, title and description, each code once. */
import type { SourceFileReader } from '@/lib/import/reader';
import { CODE, ONET_CODE, ONET_FILES, type Occupations } from '@/lib/import/readers/onet-common';

export const occupationsReader: SourceFileReader<void, Occupations, typeof CODE | 'Title' | 'Description'> = {
  file: ONET_FILES.occupations,
  required: [CODE, 'Title', 'Description'],
  read({ table, columns, cells }) {
    const occupations = new Map<string, { title: string; description?: string; line: number }>();
    for (const record of table.records) {
      cells.at(record);
      const code = cells.matching(columns[CODE], ONET_CODE, 'an O*NET-SOC code such as 11-2022.00');
      const title = cells.text(columns.Title, 'the occupation title');
      if (!code || !title) continue;
      const first = occupations.get(code);
      if (first) {
        cells.fail(columns[CODE], `each code once; line ${first.line} has the same code`);
        continue;
      }
      occupations.set(code, { title, description: cells.optionalText(columns.Description), line: record.line });
    }
    return occupations;
  },
};
