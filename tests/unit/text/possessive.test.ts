import { describe, expect, it } from 'vitest';
import { similarSentence } from '@/lib/occupation/outlook';
import type { OfficialRecord } from '@/lib/occupation/figures';
import { possessive } from '@/lib/text/sentences';

describe('possessive', () => {
  it("writes ' after a final s and 's otherwise", () => {
    expect(possessive('Sales Managers')).toBe("Sales Managers'");
    expect(possessive('Acme')).toBe("Acme's");
    expect(possessive('SIEMENS')).toBe("SIEMENS'");
  });

  it('is what the similar-occupations sentence uses (no "Managers\'s")', () => {
    const official = {
      title: 'Sales Managers',
      similar: [{ id: 'x', title: 'X', similarity: 0.9, onetRelated: false, rising: [] }],
    } as unknown as OfficialRecord;
    expect(similarSentence(official)).toContain("closest to Sales Managers'.");
    expect(similarSentence(official)).not.toContain("'s.");
  });
});
