import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '@/lib/seo/json-ld';

describe('serializeJsonLd', () => {
  it('keeps the same JSON value', () => {
    const value = { '@type': 'Occupation', name: 'A & B <c>', list: [1, 'x\u2028y'], nested: { ok: true } };
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
  });

  it('leaves no character that could end the script element or open markup', () => {
    const text = serializeJsonLd({ description: '</script><script>alert(1)</script><!-- & -->' });
    expect(text).not.toMatch(/[<>&]/);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('escapes line and paragraph separators', () => {
    const text = serializeJsonLd({ a: '\u2028\u2029' });
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(text).toContain('\\u2028\\u2029');
  });
});
