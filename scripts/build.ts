/**
 * `npm run build` (after the data step): runs `astro build` into a new, empty version folder, narrows each
 * page's Content-Security-Policy to its own inline scripts and styles, and switches dist/ (or OUT_DIR) to
 * the folder only when both succeed. A build that fails, or is killed, leaves the
 * previous site byte for byte; how that holds at every point is described in src/lib/node/atomic-dir.ts.
 */
import { spawn } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { publishFolder } from '@/lib/node/atomic-dir';
import { narrowPolicies } from '@/lib/node/narrow-policies';

const target = resolve(process.env.OUT_DIR ?? 'dist');
const fromHere = relative(process.cwd(), target);
const shown = fromHere.startsWith('..') ? target : fromHere || '.';
const astro = resolve('node_modules/astro/bin/astro.mjs');

/** Runs `astro build` into `folder`; rejects when it fails. SIGINT/SIGTERM stop it and count as failure. */
function astroBuild(folder: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
      env: { ...process.env, OUT_DIR: folder },
      stdio: 'inherit',
    });
    const stop = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (code === 0) done();
      else fail(new Error(signal ? `astro build was stopped (${signal})` : `astro build failed (exit ${code})`));
    });
  });
}

try {
  await publishFolder(target, async (folder) => {
    await astroBuild(folder);
    const narrowed = await narrowPolicies(folder);
    console.log(
      `Build: each page's Content-Security-Policy narrowed to its own inline scripts and styles (${narrowed} pages).`,
    );
  });
  console.log(`Build: ${shown}/ now holds the new site.`);
} catch (error) {
  console.error(`\nBuild: ${(error as Error).message}; ${shown}/ still holds the previous site, unchanged.`);
  process.exit(1);
}
