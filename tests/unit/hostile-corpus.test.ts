/**
 * The hostile-input corpus (tests/fixtures/hostile/) through the data step as `npm run data` runs it
 * (runDataStep, which scripts/data.ts calls): each case's exit status; for a bad folder, a message naming
 * file, line and column and the previous output left byte for byte; for hostile text, the text kept exactly.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { versionStore } from '@/lib/node/atomic-dir';
import { runDataStep } from '@/lib/node/data-step';
import { MAX_SLUG_LENGTH } from '@/lib/text/slug';
import { DATA_CASES, type DataCase } from '../fixtures/hostile/data-cases';
import { seedFileNames } from './support/data-folder';
import { treeHash } from './support/tree-hash';

const work = mkdtempSync(join(tmpdir(), 'role-atlas-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Output of a good run, published before each failing case so that "untouched" can be checked. */
const previous = join(work, 'previous-output');
beforeAll(async () => {
  const folder = join(work, 'seed');
  mkdirSync(folder);
  for (const file of seedFileNames()) cpSync(join('data', file), join(folder, file));
  expect(await runDataStep({ source: folder, target: previous, out: () => {}, err: () => {} })).toBe(0);
});

/** Every string in every generated JSON file. */
function generatedStrings(folder: string): Set<string> {
  const strings = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const file of readdirSync(folder, { recursive: true }) as string[]) {
    if (file.endsWith('.json')) walk(JSON.parse(readFileSync(join(folder, file), 'utf8')));
  }
  return strings;
}

let n = 0;
async function runCase(testCase: DataCase) {
  const folder = join(work, `case-${++n}`, 'data');
  mkdirSync(folder, { recursive: true });
  for (const file of seedFileNames()) cpSync(join('data', file), join(folder, file));
  for (const [name, content] of Object.entries(testCase.files?.() ?? {})) {
    if (content === null) rmSync(join(folder, name));
    else writeFileSync(join(folder, name), content);
  }
  testCase.setup?.(folder);
  const lines: string[] = [];
  const target = testCase.exit === 0 ? join(work, `case-${n}`, 'generated') : previous;
  const before = treeHash(previous);
  const status = await runDataStep({ source: folder, target, out: (l) => lines.push(l), err: (l) => lines.push(l) });
  return { folder, status, output: lines.join('\n'), target, before };
}

describe('the hostile-input corpus', () => {
  it('has at least 60 cases across every kind', () => {
    expect(DATA_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(DATA_CASES.map((c) => c.kind)).size).toBe(8);
    expect(new Set(DATA_CASES.map((c) => c.name)).size).toBe(DATA_CASES.length);
  });

  // Cases with megabytes of input take a few seconds on a loaded machine.
  it.each(DATA_CASES)('$kind: $name', { timeout: 60_000 }, async (testCase) => {
    const { folder, status, output, target, before } = await runCase(testCase);
    expect(status, output.slice(0, 2000)).toBe(testCase.exit);
    if (testCase.exit === 1) {
      const { file, line, column, says } = testCase.at!;
      const where = [`${folder}/${file}`, line || undefined, column || undefined].filter(Boolean).join(':');
      const named = output.split('\n').filter((l) => l.trimStart().startsWith(`${where}${line ? '' : ''}`));
      const exact = named.filter((l) =>
        l
          .trimStart()
          .slice(where.length)
          .match(/^( \(column [^)]*\))?: /),
      );
      expect(exact.length, `no problem reported at ${where}:\n${output.slice(0, 2000)}`).toBeGreaterThan(0);
      expect(
        exact.some((l) => says.test(l)),
        `${where} does not say ${says}:\n${exact.slice(0, 5).join('\n')}`,
      ).toBe(true);
      expect(output.length).toBeLessThan(20 * 1024 * 1024); // long values are cut, not echoed whole
      expect(treeHash(previous)).toBe(before);
      expect(readdirSync(versionStore(previous))).toHaveLength(1);
    } else {
      if (testCase.keeps !== undefined) expect(generatedStrings(target).has(testCase.keeps)).toBe(true);
      const catalogue = JSON.parse(readFileSync(join(target, 'catalogue.json'), 'utf8')) as {
        skills: { slug: string }[];
        employers: { slug: string }[];
      };
      const slugs = [...catalogue.skills, ...catalogue.employers].map((entry) => entry.slug);
      for (const slug of slugs) expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH + 3);
      expect(new Set(catalogue.employers.map((e) => e.slug)).size).toBe(catalogue.employers.length);
    }
  });
});
