/**
 * `npm run bench [-- <module> …]`: serves the built site on 127.0.0.1, runs the benchmark modules in
 * bench/modules/ (all of them, or the ones named), and writes bench/RESULTS.md plus raw JSON in bench/out/.
 *
 * To add a benchmark, create bench/modules/<name>.ts whose default export is a BenchModule
 * (bench/lib/types.ts); nothing here needs to change. Each module owns one section of RESULTS.md, and a
 * run of other modules leaves that section as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { serveStatic } from '../tests/e2e/support/static-server';
import { describeMachine, machineLine, machineTable } from './lib/machine';
import { readSections, section } from './lib/markdown';
import type { BenchModule } from './lib/types';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const RESULTS = `${BENCH}RESULTS.md`;
const OUT = `${BENCH}out`;
const DIST = process.env.DIST_DIR ?? 'dist';

/** Every module in bench/modules/, and the files that failed to load (one broken module stops no other). */
async function discoverModules(): Promise<{ modules: BenchModule[]; broken: string[] }> {
  const folder = `${BENCH}modules`;
  const files = readdirSync(folder).filter((file) => /\.ts$/.test(file) && !file.endsWith('.d.ts'));
  const modules: BenchModule[] = [];
  const broken: string[] = [];
  for (const file of files) {
    try {
      const loaded = (await import(pathToFileURL(`${folder}/${file}`).href)) as { default?: BenchModule };
      if (!loaded.default?.run) throw new Error('its default export is not a BenchModule (bench/lib/types.ts)');
      modules.push(loaded.default);
    } catch (error) {
      broken.push(file);
      console.error(`bench: cannot load bench/modules/${file}:`, error);
    }
  }
  modules.sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.name.localeCompare(b.name));
  return { modules, broken };
}

function ensureBuilt(): void {
  if (existsSync(`${DIST}/index.html`)) return;
  console.error('bench: no dist/index.html, building the site first (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('bench: `npm run build` failed');
}

function assemble(modules: BenchModule[], sections: Map<string, string>, latest: string): string {
  // Sections of modules that did not load this time stay, after the others, rather than vanish silently.
  const order = modules.map((module) => module.name);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const known = [...sections].sort(([a], [b]) => rank(a) - rank(b)).map(([, text]) => text);
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts) against the built site in dist/, served on 127.0.0.1 with gzip.',
    'Run one benchmark with `npm run bench -- <name>`; raw JSON goes to bench/out/ (not committed).',
    'Every section says when and on which machine it was measured.',
    '',
    '## Machine of the latest run',
    '',
    latest,
    '',
    ...known.flatMap((text) => [text, '']),
  ].join('\n');
}

async function main(): Promise<void> {
  const { modules, broken } = await discoverModules();
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !modules.some((module) => module.name === name));
  if (unknown.length > 0) {
    throw new Error(`bench: unknown module ${unknown.join(', ')}; available: ${modules.map((m) => m.name).join(', ')}`);
  }
  const toRun = wanted.length > 0 ? modules.filter((module) => wanted.includes(module.name)) : modules;

  ensureBuilt();
  const basePath = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  const { server, origin } = await serveStatic(DIST, basePath, { gzip: true });
  const machine = describeMachine();
  const sections = existsSync(RESULTS) ? readSections(readFileSync(RESULTS, 'utf8')) : new Map<string, string>();
  // A full run that could not load every module is a failed run; a run of named modules ignores the others.
  const failed: string[] = wanted.length > 0 ? [] : broken.map((file) => `bench/modules/${file} (did not load)`);
  mkdirSync(OUT, { recursive: true });
  try {
    for (const module of toRun) {
      const outDir = `${OUT}/${module.name}`;
      mkdirSync(outDir, { recursive: true });
      const log = (message: string) => console.error(`bench ${module.name}: ${message}`);
      log('running…');
      try {
        const result = await module.run({
          origin,
          basePath,
          siteUrl: (path = '') => `${origin}${basePath}${path.replace(/^\//, '')}`,
          distDir: DIST,
          outDir,
          machine,
          log,
        });
        writeFileSync(`${OUT}/${module.name}.json`, `${JSON.stringify({ machine, data: result.data }, null, 2)}\n`);
        const heading = `## ${module.title}\n\n_Measured ${machineLine(machine)}._`;
        sections.set(module.name, section(module.name, `${heading}\n\n${result.markdown}`));
        log('done');
      } catch (error) {
        // Keep the section from the last good run; say loudly that this one failed.
        failed.push(module.name);
        console.error(`bench ${module.name}: FAILED`, error);
      }
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
  // Formatted as `npm run check` expects, which also lines up the tables for people reading the raw file.
  const markdown = assemble(modules, sections, machineTable(machine));
  const options = { ...(await resolveConfig(RESULTS)), filepath: RESULTS };
  writeFileSync(RESULTS, await format(markdown, options));
  console.error(`bench: wrote ${RESULTS}`);
  if (failed.length > 0) {
    console.error(`bench: failed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
