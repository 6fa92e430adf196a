/** O*NET `Alternate Titles.txt` → onet_alternate_titles rows; a title listed twice for one occupation is kept once. */
import type { OutputRow, SourceFileReader } from '@/lib/import/reader';
import { CODE, ONET_FILES, occupationCode, type OccupationContext } from '@/lib/import/readers/onet-common';
import { matchKey } from '@/lib/text/slug';

export const alternateTitlesReader: SourceFileReader<
  OccupationContext & { sourceId: string },
  OutputRow[],
  typeof CODE | 'Alternate Title',
  'Short Title'
> = {
  file: ONET_FILES.alternateTitles,
  required: [CODE, 'Alternate Title'],
  optional: ['Short Title'],
  read({ table, columns, cells, context, notes }) {
    const titles = new Map<string, OutputRow>();
    let merged = 0;
    for (const record of table.records) {
      cells.at(record);
      const code = occupationCode(context.occupations, cells, columns[CODE]);
      const title = cells.text(columns['Alternate Title'], 'the alternate title');
      if (!code || !title) continue;
      const shortTitle = cells.optionalText(columns['Short Title']);
      const key = `${code}\u0000${matchKey(title)}`;
      const first = titles.get(key);
      if (first) {
        merged++;
        first.short_title ??= shortTitle;
      } else titles.set(key, { onet_code: code, title, short_title: shortTitle, source_id: context.sourceId });
    }
    if (merged > 0) {
      notes.push(
        `${ONET_FILES.alternateTitles}: ${merged} title(s) listed twice for the same occupation were kept once, with the short title either row gives.`,
      );
    }
    return [...titles.values()];
  },
};
