/**
 * The design tokens in src/styles/global.css: every colour is a light/dark pair, and the pairs meet
 * WCAG 2.2 AA contrast in both themes (4.5:1 for text, 3:1 for marks, controls and focus rings).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compile } from '@tailwindcss/node';
import { describe, expect, it } from 'vitest';

const CSS_FILE = 'src/styles/global.css';
const css = readFileSync(CSS_FILE, 'utf8');

/** name → [light, dark] for every `--color-name: light-dark(#light, #dark);` token. */
function colourTokens(): Map<string, [string, string]> {
  const tokens = new Map<string, [string, string]>();
  for (const [, name, light, dark] of css.matchAll(
    /--color-([a-z-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi,
  ))
    tokens.set(name!, [light!, dark!]);
  return tokens;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

const TEXT = ['ink', 'muted', 'accent'];
const NON_TEXT = ['control', 'focus', 'mark', 'mark-highlight', 'mark-positive', 'mark-negative'];
const SURFACES = ['paper', 'panel'];

describe('colour tokens', () => {
  const tokens = colourTokens();

  it('are all declared as light/dark pairs', () => {
    const declared = [...css.matchAll(/^\s*--color-([a-z-]+):/gm)].map((m) => m[1]);
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter((name) => !tokens.has(name!))).toEqual([]);
  });

  for (const [theme, index] of [
    ['light', 0],
    ['dark', 1],
  ] as const) {
    const colour = (name: string) => {
      const pair = tokens.get(name);
      if (!pair) throw new Error(`no --color-${name} token`);
      return pair[index];
    };

    it(`give text 4.5:1 and marks, controls and focus 3:1 on every surface in the ${theme} theme`, () => {
      const failures: string[] = [];
      const check = (fg: string, bg: string, min: number) => {
        const ratio = contrast(colour(fg), colour(bg));
        if (ratio < min) failures.push(`${fg} on ${bg}: ${ratio.toFixed(2)} < ${min}`);
      };
      for (const surface of SURFACES) {
        for (const fg of TEXT) check(fg, surface, 4.5);
        for (const fg of NON_TEXT) check(fg, surface, 3);
      }
      check('accent-ink', 'accent', 4.5);
      for (const fg of TEXT) check(fg, 'highlight', 4.5);
      expect(failures).toEqual([]);
    });
  }
});

describe('dark variant', () => {
  it('applies on data-theme="dark", or with a dark system unless the reader chose light', async () => {
    const compiler = await compile(css, { base: resolve('src/styles'), onDependency: () => {} });
    const out = compiler.build(['dark:bg-panel']);
    const rules = out.slice(out.indexOf('.dark\\:bg-panel'));
    expect(rules).toMatch(/\.dark\\:bg-panel:where\(\[data-theme='dark'\], \[data-theme='dark'\] \*\)/);
    expect(rules).toMatch(
      /@media \(prefers-color-scheme: dark\)\s*{\s*\.dark\\:bg-panel:where\(:root:not\(\[data-theme='light'\]\)/,
    );
  });
});
