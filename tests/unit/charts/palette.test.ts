/**
 * Chart marks must stand out from the chart's background by 3:1 (WCAG 1.4.11) in both themes.
 * The colours are read from the design tokens in src/styles/global.css, as light-dark() pairs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/global.css', 'utf8');

function pair(token: string): { light: string; dark: string } {
  const match = new RegExp(`--color-${token}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css);
  if (!match) throw new Error(`--color-${token} is not a light-dark() pair of hex colours in global.css`);
  return { light: match[1]!, dark: match[2]! };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// The tokens the chart renderers draw with (fill-mark, fill-mark-highlight, fill-mark-negative, stroke-control).
const MARKS = ['mark', 'mark-highlight', 'mark-negative', 'control'];
const BACKGROUNDS = ['paper', 'panel'];

describe('chart palette', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const mark of MARKS) {
      for (const background of BACKGROUNDS) {
        it(`${mark} on ${background} reaches 3:1 in ${theme} mode`, () => {
          expect(contrast(pair(mark)[theme], pair(background)[theme])).toBeGreaterThanOrEqual(3);
        });
      }
    }
    it(`ink (value labels) on paper reaches 4.5:1 in ${theme} mode`, () => {
      expect(contrast(pair('ink')[theme], pair('paper')[theme])).toBeGreaterThanOrEqual(4.5);
    });
  }
});
