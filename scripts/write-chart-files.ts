/**
 * Writes every chart download into a built site: `tsx scripts/write-chart-files.ts <out dir>`.
 * Run by the chart-files integration when `astro build` is done; reads the generated data
 * (GENERATED_DIR) the build read.
 */
import { writeChartFiles } from '@/lib/node/chart-files';

const outDir = process.argv[2];
if (!outDir) {
  console.error('Usage: tsx scripts/write-chart-files.ts <out dir>');
  process.exit(1);
}
const started = performance.now();
const count = writeChartFiles(outDir);
console.log(`Chart downloads: wrote ${count} files in ${Math.round(performance.now() - started)} ms.`);
