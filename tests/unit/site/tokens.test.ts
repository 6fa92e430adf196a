/**
 * The design tokens in src/styles/global.css: every colour is a light/dark pair, and the pairs meet
 * WCAG 2.2 AA contrast in both themes (4.5:1 for text, 3:1 for marks, controls and focus rings).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

/** Every `.astro`, `.tsx` and `.ts` file under src/, as text. */
function sourceFiles(dir = 'src'): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(astro|tsx?|css)$/.test(entry.name) ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}

const STEPS = ['xs', 'sm', 'base', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl'];

describe('type scale', () => {
  const size = (step: string) => {
    const match = new RegExp(`--text-${step}:\\s*([\\d.]+)rem;`).exec(css);
    if (!match) throw new Error(`no --text-${step} token in rem`);
    return Number(match[1]);
  };

  it('is one scale of steps, each 1.1 to 1.3 times the one below, the smallest 12 px', () => {
    const sizes = STEPS.map(size);
    expect(sizes[0]! * 16).toBeGreaterThanOrEqual(12);
    for (let i = 1; i < sizes.length; i++) {
      const ratio = sizes[i]! / sizes[i - 1]!;
      expect(ratio, `${STEPS[i]} over ${STEPS[i - 1]}`).toBeGreaterThanOrEqual(1.1);
      expect(ratio, `${STEPS[i]} over ${STEPS[i - 1]}`).toBeLessThanOrEqual(1.3);
    }
    for (const step of STEPS) expect(css, `line height of ${step}`).toMatch(new RegExp(`--text-${step}--line-height:`));
  });

  it('replaces Tailwind’s own sizes and faces, so only the scale and the one sans stack exist', async () => {
    const compiler = await compile(css, { base: resolve('src/styles'), onDependency: () => {} });
    const out = compiler.build(['text-sm', 'text-6xl', 'text-md', 'font-serif', 'font-sans']);
    expect(out).toMatch(/\.text-sm\s*{[^}]*var\(--text-sm\)/);
    expect(out).toMatch(/\.font-sans\s*{/);
    expect(out).not.toMatch(/\.text-6xl\s*{/);
    expect(out).not.toMatch(/\.font-serif\s*{/);
    const faces = [...css.matchAll(/^\s*--font-([a-z]+):/gm)].map((m) => m[1]);
    expect(faces).toEqual(['sans', 'mono']);
  });

  it('is the only source of text sizes and faces in components and pages', () => {
    const offenders = sourceFiles()
      .filter(({ path }) => !path.endsWith('global.css'))
      .flatMap(({ path, text }) =>
        [...text.matchAll(/\b(?:text-\[[\d.]+(?:px|rem|em|pt)\]|font-serif|font-family\s*:)/g)].map(
          (m) => `${path}: ${m[0]}`,
        ),
      );
    expect(offenders).toEqual([]);
  });
});
