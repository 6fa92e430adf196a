/** O*NET `Scales Reference.txt`: the range of the importance (IM) scale, to rescale ratings to 0–100. */
import type { SourceFileReader } from '@/lib/import/reader';
import { ONET_FILES } from '@/lib/import/readers/onet-common';

export interface ScaleRange {
  min: number;
  max: number;
}

export const scalesReader: SourceFileReader<void, ScaleRange | undefined, 'Scale ID' | 'Minimum' | 'Maximum'> = {
  file: ONET_FILES.scales,
  required: ['Scale ID', 'Minimum', 'Maximum'],
  read({ table, columns, cells }) {
    let importance: ScaleRange | undefined;
    for (const record of table.records) {
      cells.at(record);
      if (cells.raw(columns['Scale ID']) !== 'IM') continue;
      const min = cells.number(columns.Minimum, 'the scale minimum, a number');
      const max = cells.number(columns.Maximum, 'the scale maximum, a number above the minimum');
      if (min !== undefined && max !== undefined && max > min) importance = { min, max };
    }
    return importance;
  },
};
