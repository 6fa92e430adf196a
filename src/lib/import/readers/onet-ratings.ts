/**
 * O*NET `Skills.txt` and `Knowledge.txt` (the same layout): importance (IM) ratings → onet_importance
 * rows, rescaled to 0–100 with the scale's own range. One reader per file, made by the same function.
 */
import type { OutputRow, SourceFileReader } from '@/lib/import/reader';
import { formatNumber } from '@/lib/import/table';
import {
  CODE,
  ONET_FILES,
  occupationCode,
  suppressChoices,
  type OccupationContext,
} from '@/lib/import/readers/onet-common';
import type { ScaleRange } from '@/lib/import/readers/onet-scales';

const RATING_COLUMNS = [CODE, 'Element ID', 'Element Name', 'Scale ID', 'Data Value'] as const;

export type RatingsContext = OccupationContext & { sourceId: string; importanceScale: ScaleRange | undefined };

function ratingsReader(
  file: string,
  domain: 'skill' | 'knowledge',
): SourceFileReader<RatingsContext, OutputRow[], (typeof RATING_COLUMNS)[number], 'Recommend Suppress'> {
  return {
    file,
    required: RATING_COLUMNS,
    optional: ['Recommend Suppress'],
    read({ table, columns, cells, context, issues }) {
      const rows: OutputRow[] = [];
      if (!context.importanceScale) {
        issues.push({
          file: ONET_FILES.scales,
          line: 0,
          column: 0,
          expected: `a row for Scale ID "IM" with its minimum and maximum, needed to rescale ${file}`,
        });
        return rows;
      }
      const { min, max } = context.importanceScale;
      const seen = new Map<string, number>();
      for (const record of table.records) {
        cells.at(record);
        if (cells.raw(columns['Scale ID']) !== 'IM') continue;
        const code = occupationCode(context.occupations, cells, columns[CODE]);
        const element = cells.matching(
          columns['Element ID'],
          /^\d+(?:\.[A-Za-z0-9]+)+$/,
          'an element id such as 2.A.1.a',
        );
        const name = cells.text(columns['Element Name'], 'the element name');
        const rating = cells.number(
          columns['Data Value'],
          `an importance rating from ${min} to ${max}`,
          (n) => n >= min && n <= max,
        );
        const suppress =
          columns['Recommend Suppress'] === undefined
            ? undefined
            : cells.choice(columns['Recommend Suppress'], suppressChoices, '"Y", "N" or "n/a"');
        if (!code || !element || !name || rating === undefined) continue;
        const key = `${code}\u0000${element}`;
        if (seen.has(key)) {
          cells.fail(columns['Element ID'], `one IM rating per occupation and element; line ${seen.get(key)} has one`);
          continue;
        }
        seen.set(key, record.line);
        rows.push({
          onet_code: code,
          domain,
          element_id: element,
          element: name,
          importance: formatNumber(((rating - min) / (max - min)) * 100, 2),
          im_rating: formatNumber(rating),
          suppress_recommended: suppress,
          source_id: context.sourceId,
        });
      }
      return rows;
    },
  };
}

export const skillsReader = ratingsReader(ONET_FILES.skills, 'skill');
export const knowledgeReader = ratingsReader(ONET_FILES.knowledge, 'knowledge');
