/** How one chart value is written in tables and value labels, by its column's kind. */
import type { ColumnKind } from '@/lib/charts/chart-data';
import {
  formatCount,
  formatDecimal,
  formatPercent,
  formatPointsDiff,
  formatSignedDecimal,
  formatUsd,
  formatUsdHourly,
} from '@/lib/format';

/** The value as text, or undefined when the data says nothing (the table shows "not stated"). */
export function formatCell(kind: ColumnKind, value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'percent':
      return formatPercent(value);
    case 'usd':
      return formatUsd(value);
    case 'usd-hourly':
      return formatUsdHourly(value);
    case 'score':
      return formatDecimal(value);
    case 'score-diff':
      return formatSignedDecimal(value);
    case 'count':
      return formatCount(value);
    case 'pp':
      return formatPointsDiff(value);
    case 'text':
      return String(value);
  }
}
