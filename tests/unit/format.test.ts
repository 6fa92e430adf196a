import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatList,
  formatPercent,
  formatPointsDiff,
  formatUsd,
  formatUsdCompact,
  pluralize,
} from '@/lib/format';

describe('format', () => {
  it('writes shares given in percent', () => {
    expect(formatPercent(12)).toBe('12%');
    expect(formatPercent(4.25)).toMatch(/^4\.[23]%$/);
    expect(formatPercent(0)).toBe('0%');
  });

  it('writes dollars with separators and no cents', () => {
    expect(formatUsd(119239)).toBe('$119,239');
    expect(formatUsdCompact(119239)).toBe('$119.2K');
  });

  it('writes counts with separators', () => {
    expect(formatCount(1234)).toBe('1,234');
    expect(pluralize(1, 'role')).toBe('1 role');
    expect(pluralize(3, 'role')).toBe('3 roles');
    expect(pluralize(2, 'company', 'companies')).toBe('2 companies');
  });

  it('signs percentage-point differences with a true minus', () => {
    expect(formatPointsDiff(-4.6)).toBe('\u22124.6 pp');
    expect(formatPointsDiff(0.1)).toBe('+0.1 pp');
    expect(formatPointsDiff(0)).toBe('0 pp');
  });

  it('writes ISO dates in words without shifting the day by time zone', () => {
    expect(formatDate('2025-01-08')).toBe('January 8, 2025');
    expect(formatDate('2024-12-31')).toBe('December 31, 2024');
  });

  it('joins lists for sentences', () => {
    expect(formatList(['A'])).toBe('A');
    expect(formatList(['A', 'B'])).toBe('A and B');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
