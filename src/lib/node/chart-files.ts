/**
 * Writes every chart download (/data/charts/<page-kind>/<page-id>/<chart-id>.csv and .json) into a
 * built site, straight to disk. A build does this once after Astro has written the pages (see
 * scripts/chart-files-integration.mjs): tens of thousands of small files cost about a millisecond
 * each as Astro routes, and a fraction of that written here. The dev server serves the same files
 * from src/pages/data/charts/[...path].ts; both take them from the page families (site/page-families.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { allChartFiles, CHART_PAGES, type ChartPageKind } from '@/lib/site/chart-pages';

/** Writes the files below `outDir`; returns how many. */
export function writeChartFiles(outDir: string, pages: readonly ChartPageKind[] = CHART_PAGES): number {
  const made = new Set<string>();
  let count = 0;
  for (const file of allChartFiles(pages)) {
    const target = join(outDir, file.path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, file.body);
    count++;
  }
  return count;
}
