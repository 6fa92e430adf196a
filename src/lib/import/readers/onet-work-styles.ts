/** O*NET `Work Styles.txt` → onet_work_styles rows: importance (IM) rescaled to 0–100, with N, standard error and CI as published. */
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

export const WORK_STYLES_FILE = ONET_FILES.workStyles;

type Optional = 'N' | 'Standard Error' | 'Lower CI Bound' | 'Upper CI Bound' | 'Recommend Suppress';

export const workStylesReader: SourceFileReader<
  OccupationContext & { sourceId: string; importanceScale: ScaleRange | undefined },
  OutputRow[],
  typeof CODE | 'Element ID' | 'Element Name' | 'Scale ID' | 'Data Value',
  Optional
> = {
  file: WORK_STYLES_FILE,
  required: [CODE, 'Element ID', 'Element Name', 'Scale ID', 'Data Value'],
  optional: ['N', 'Standard Error', 'Lower CI Bound', 'Upper CI Bound', 'Recommend Suppress'],
  read({ table, columns, cells, context, issues }) {
    const rows: OutputRow[] = [];
    const scale = context.importanceScale;
    if (!scale) {
      issues.push({
        file: ONET_FILES.scales,
        line: 0,
        column: 0,
        expected: `a row for Scale ID "IM" with its minimum and maximum, needed to rescale ${WORK_STYLES_FILE}`,
      });
      return rows;
    }
    const seen = new Map<string, number>();
    /** An optional number column: empty or "n/a" → undefined, else a number passing `check`. */
    const optionalNumber = (column: number | undefined, what: string, check: (n: number) => boolean) =>
      cells.optionalText(column) === undefined ? undefined : cells.number(column!, what, check);
    for (const record of table.records) {
      cells.at(record);
      if (cells.raw(columns['Scale ID']) !== 'IM') continue;
      const code = occupationCode(context.occupations, cells, columns[CODE]);
      const element = cells.matching(
        columns['Element ID'],
        /^\d+(?:\.[A-Za-z0-9]+)+$/,
        'an element id such as 1.C.1.a',
      );
      const name = cells.text(columns['Element Name'], 'the work style name');
      const inScale = (n: number) => n >= scale.min && n <= scale.max;
      const rating = cells.number(
        columns['Data Value'],
        `an importance rating from ${scale.min} to ${scale.max}`,
        inScale,
      );
      const n = optionalNumber(
        columns.N,
        'a number of respondents, a whole number',
        (v) => Number.isInteger(v) && v >= 0,
      );
      const se = optionalNumber(columns['Standard Error'], 'a standard error, 0 or more', (v) => v >= 0);
      const bound = 'a confidence bound, 0 or more';
      const lower = optionalNumber(columns['Lower CI Bound'], bound, (v) => v >= 0 && v <= 6);
      const upper = optionalNumber(columns['Upper CI Bound'], bound, (v) => v >= 0 && v <= 6);
      const suppress =
        columns['Recommend Suppress'] === undefined
          ? undefined
          : cells.choice(columns['Recommend Suppress'], suppressChoices, '"Y", "N" or "n/a"');
      if (!code || !element || !name || rating === undefined) continue;
      const key = `${code}\u0000${element}`;
      if (seen.has(key)) {
        cells.fail(columns['Element ID'], `one IM rating per occupation and work style; line ${seen.get(key)} has one`);
        continue;
      }
      seen.set(key, record.line);
      rows.push({
        onet_code: code,
        element_id: element,
        element: name,
        importance: formatNumber(((rating - scale.min) / (scale.max - scale.min)) * 100, 2),
        im_rating: formatNumber(rating),
        n: n === undefined ? undefined : String(n),
        standard_error: se === undefined ? undefined : formatNumber(se),
        ci_lower: lower === undefined ? undefined : formatNumber(lower),
        ci_upper: upper === undefined ? undefined : formatNumber(upper),
        suppress_recommended: suppress,
        source_id: context.sourceId,
      });
    }
    return rows;
  },
};
