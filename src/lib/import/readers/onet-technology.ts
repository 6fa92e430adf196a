/** O*NET `Technology Skills.txt` → onet_technology_skills rows: hot technology always; "In Demand" where the layout has it. */
import type { OutputRow, SourceFileReader } from '@/lib/import/reader';
import { matchKey } from '@/lib/text/slug';
import { CODE, ONET_FILES, occupationCode, yesNo, type OccupationContext } from '@/lib/import/readers/onet-common';

export const technologyReader: SourceFileReader<
  OccupationContext & { sourceId: string },
  OutputRow[],
  typeof CODE | 'Example' | 'Commodity Code' | 'Commodity Title' | 'Hot Technology',
  'In Demand'
> = {
  file: ONET_FILES.technology,
  required: [CODE, 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology'],
  optional: ['In Demand'],
  read({ table, columns, cells, context, notes }) {
    const rows: OutputRow[] = [];
    const seen = new Map<string, number>();
    if (columns['In Demand'] === undefined) {
      notes.push(`${ONET_FILES.technology} has no "In Demand" column (an older layout): in_demand is left empty.`);
    }
    for (const record of table.records) {
      cells.at(record);
      const code = occupationCode(context.occupations, cells, columns[CODE]);
      const name = cells.text(columns.Example, 'the technology name');
      const commodity = cells.matching(columns['Commodity Code'], /^\d{8}$/, 'an 8-digit commodity code');
      const commodityTitle = cells.text(columns['Commodity Title'], 'the commodity title');
      const hot = cells.choice(columns['Hot Technology'], yesNo, '"Y" or "N"');
      const inDemand =
        columns['In Demand'] === undefined ? undefined : cells.choice(columns['In Demand'], yesNo, '"Y" or "N"');
      if (!code || !name || !commodity || !commodityTitle || !hot) continue;
      const key = `${code}\u0000${matchKey(name)}`;
      if (seen.has(key)) {
        cells.fail(columns.Example, `each technology once per occupation; line ${seen.get(key)} has it`);
        continue;
      }
      seen.set(key, record.line);
      rows.push({
        onet_code: code,
        technology: name,
        commodity_code: commodity,
        commodity_title: commodityTitle,
        hot,
        in_demand: inDemand,
        source_id: context.sourceId,
      });
    }
    return rows;
  },
};
