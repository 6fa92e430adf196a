/** The build's chart-download writer: exactly the registry's files, at the paths the chart frames link to. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allChartFiles, type ChartPageKind } from '@/lib/site/chart-pages';
import { officialComparisonCharts, officialComparisonSources } from '@/lib/compare/occupation-charts';
import { writeChartFiles } from '@/lib/node/chart-files';
import { officialCompareFixture } from '../compare/official-fixture';

const fixture = officialCompareFixture();
const pages: ChartPageKind[] = [
  {
    pageKind: 'compare',
    list: () =>
      fixture.model.officialComparisons.map((comparison) => {
        const input = {
          comparison,
          role: fixture.occupation(comparison.role.id),
          other: fixture.occupation(comparison.other.id),
        };
        return {
          pageId: comparison.id,
          charts: officialComparisonCharts(input),
          sources: officialComparisonSources(input),
        };
      }),
  },
];
const out = mkdtempSync(join(tmpdir(), 'chart-files-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const filesBelow = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();

describe('writeChartFiles', () => {
  it('writes every file of the registry, and nothing else, with the same bytes', () => {
    const expected = allChartFiles(pages);
    expect(expected.length).toBeGreaterThan(0);
    expect(writeChartFiles(out, pages)).toBe(expected.length);
    expect(filesBelow(out)).toEqual(expected.map((f) => f.path).sort());
    for (const file of expected) expect(readFileSync(join(out, file.path), 'utf8')).toBe(file.body);
  });
});
