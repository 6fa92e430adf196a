/**
 * `npm run data`: validates the data folder and writes the JSON the site reads.
 * On any problem it prints them all and exits 1, writing nothing.
 */
import { runDataStep } from '@/lib/node/data-step';
import { dataDir, generatedDir } from '@/lib/node/paths';

process.exitCode = await runDataStep({ source: dataDir(), target: generatedDir() });
