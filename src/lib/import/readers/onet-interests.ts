/**
 * O*NET `Interests.txt` → onet_interests rows: one row per occupation with its six RIASEC scores (OI
 * scale, 1–7) and up to three high points (IH scale: 1–6 = R, I, A, S, E, C; 0 = none).
 */
import { INTEREST_AREAS } from '@/lib/data/schema';
import type { OutputRow, SourceFileReader } from '@/lib/import/reader';
import { formatNumber } from '@/lib/import/table';
import { CODE, ONET_FILES, occupationCode, type OccupationContext } from '@/lib/import/readers/onet-common';

export const INTERESTS_FILE = ONET_FILES.interests;

/** Element names as O*NET writes them → the output column. */
const SCORES: Record<string, (typeof INTEREST_AREAS)[number]> = {
  Realistic: 'realistic',
  Investigative: 'investigative',
  Artistic: 'artistic',
  Social: 'social',
  Enterprising: 'enterprising',
  Conventional: 'conventional',
};
const HIGH_POINTS: Record<string, 'high_point_1' | 'high_point_2' | 'high_point_3'> = {
  'First Interest High-Point': 'high_point_1',
  'Second Interest High-Point': 'high_point_2',
  'Third Interest High-Point': 'high_point_3',
};

export const interestsReader: SourceFileReader<
  OccupationContext & { sourceId: string },
  OutputRow[],
  typeof CODE | 'Element Name' | 'Scale ID' | 'Data Value'
> = {
  file: INTERESTS_FILE,
  required: [CODE, 'Element Name', 'Scale ID', 'Data Value'],
  read({ table, columns, cells, context, issues }) {
    const profiles = new Map<string, { row: OutputRow; line: number }>();
    /** Occupations with a bad cell: already reported, so not also as incomplete. */
    const failed = new Set<string>();
    for (const record of table.records) {
      cells.at(record);
      const scale = cells.choice(columns['Scale ID'], { OI: 'OI', IH: 'IH' } as const, '"OI" or "IH"');
      const code = occupationCode(context.occupations, cells, columns[CODE]);
      const name = cells.raw(columns['Element Name']) ?? '';
      const column = scale === 'OI' ? SCORES[name] : scale === 'IH' ? HIGH_POINTS[name] : undefined;
      if (scale && !column) {
        cells.fail(
          columns['Element Name'],
          scale === 'OI'
            ? `one of the six interest areas (${Object.keys(SCORES).join(', ')})`
            : `one of ${Object.keys(HIGH_POINTS).join(', ')}`,
        );
      }
      const value =
        scale === 'OI'
          ? cells.number(columns['Data Value'], 'an interest score from 1 to 7', (n) => n >= 1 && n <= 7)
          : cells.number(
              columns['Data Value'],
              'a high-point code from 0 (none) to 6',
              (n) => Number.isInteger(n) && n >= 0 && n <= 6,
            );
      if (code && (!column || value === undefined)) failed.add(code);
      if (!code || !column || value === undefined) continue;
      const profile = profiles.get(code) ?? { row: { onet_code: code }, line: record.line };
      profiles.set(code, profile);
      if (column in profile.row) {
        cells.fail(columns['Element Name'], `each element once per occupation; ${code} has it already`);
        continue;
      }
      profile.row[column] = scale === 'OI' ? formatNumber(value) : value === 0 ? undefined : INTEREST_AREAS[value - 1];
    }
    const rows: OutputRow[] = [];
    for (const [code, { row, line }] of profiles) {
      const absent = INTEREST_AREAS.filter((area) => row[area] === undefined);
      if (absent.length > 0 && !failed.has(code)) {
        issues.push({
          file: INTERESTS_FILE,
          line,
          column: 0,
          expected: `all six interest scores for ${code}; ${absent.join(', ')} missing`,
        });
      }
      if (absent.length > 0) continue;
      rows.push({ ...row, source_id: context.sourceId });
    }
    return rows;
  },
};
