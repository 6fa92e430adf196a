/**
 * How numbers, dates and lists are written everywhere on the site. One locale, one place:
 * charts, tables and sentences all call these so the same figure always reads the same way.
 */
const LOCALE = 'en-US';

const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });
const usd = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usdCents = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });
const usdCompact = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const points = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const longDate = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });
// British list style: the site's sentences follow the source's "A, B and C" (no serial comma).
const andList = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** A share given in percent (0–100), e.g. 12 → "12%", 4.25 → "4.3%". */
export const formatPercent = (pct: number): string => percent.format(pct / 100);

/** A yearly amount in US dollars, whole dollars, e.g. 119239 → "$119,239". */
export const formatUsd = (amount: number): string => usd.format(amount);

/** An hourly wage in US dollars with cents, e.g. 77.37 → "$77.37". */
export const formatUsdHourly = (amount: number): string => usdCents.format(amount);

/** A dollar amount short enough for an axis tick, e.g. 119239 → "$119.2K". */
export const formatUsdCompact = (amount: number): string => usdCompact.format(amount);

/** A whole count, e.g. 1234 → "1,234". */
export const formatCount = (n: number): string => integer.format(n);

/** A plain figure with at most one decimal, e.g. 4.6 → "4.6", 1234 → "1,234". */
export const formatDecimal = (n: number): string => decimal.format(n).replace('-', '\u2212');

/** A difference in percentage points with its sign, e.g. -4.6 → "−4.6 pp", 0.1 → "+0.1 pp". */
export const formatPointsDiff = (pp: number): string => `${points.format(pp).replace('-', '\u2212')} pp`;

/** A difference on a plain scale with its sign, e.g. 22 → "+22", -3.45 → "−3.5" (O*NET importance points). */
export const formatSignedDecimal = (n: number): string => points.format(n).replace('-', '\u2212');

/** An ISO date (YYYY-MM-DD) written out, e.g. "2025-01-08" → "January 8, 2025". */
export const formatDate = (iso: string): string => longDate.format(new Date(`${iso}T00:00:00Z`));

/** Names joined for a sentence, e.g. ["A", "B", "C"] → "A, B and C". */
export const formatList = (items: readonly string[]): string => andList.format(items);

/** A figure rounded to one decimal, as figures are computed and drawn (differences, coordinates). */
export const round1 = (n: number): number => Math.round(n * 10) / 10;

/** "1 role", "2 roles": a count with its noun. */
export function pluralize(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
