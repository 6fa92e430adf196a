// After `astro build`: writes every chart download (CSV and JSON) into the output folder in one pass
// (src/lib/node/chart-files.ts), instead of one Astro route per file. The dev server keeps serving
// them from src/pages/data/charts/[...path].ts.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export function chartFilesIntegration() {
  return {
    name: 'role-atlas:chart-files',
    hooks: {
      'astro:build:done': ({ dir }) =>
        new Promise((done, fail) => {
          const child = spawn(
            process.execPath,
            ['--import', 'tsx', 'scripts/write-chart-files.ts', fileURLToPath(dir)],
            { stdio: 'inherit' },
          );
          child.on('error', fail);
          child.on('exit', (code) =>
            code === 0 ? done(undefined) : fail(new Error(`Writing the chart downloads failed (exit ${code}).`)),
          );
        }),
    },
  };
}
