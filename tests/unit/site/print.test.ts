import { describe, expect, it } from 'vitest';
import { printedOfSentence, printMark } from '@/lib/role/print';

describe('printed role card lists', () => {
  it('marks entries past the cut to be left off paper', () => {
    expect([0, 1, 2, 3].map((i) => printMark(i, 2))).toEqual([undefined, undefined, 'hide', 'hide']);
  });

  it('says how many of a list are printed, and nothing when all are', () => {
    expect(printedOfSentence(4, 9, 'responsibilities')).toBe(
      '4 of 9 responsibilities are printed; the rest are online.',
    );
    expect(printedOfSentence(4, 4, 'responsibilities')).toBeUndefined();
    expect(printedOfSentence(5, 1234, 'tasks')).toBe('5 of 1,234 tasks are printed; the rest are online.');
  });
});
