/**
 * The whole site at the size of data/: the data step and the full build, timed with GNU time for wall
 * clock, CPU and peak memory, into a folder of their own (GENERATED_DIR/OUT_DIR) so the served dist/
 * is left alone; then page count, output size (files, bytes, bytes gzipped, the largest files and the
 * bytes of each folder, against the static-host aim) and the bytes a role page loads. The data step is
 * also timed on the hand-made files alone, to show that official data does not slow a seed-only site.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { IMPORTED_FILES } from '@/lib/import/official';
import { markdownTable } from '../lib/markdown';
import { timedCommand } from '../lib/timed';
import type { BenchModule } from '../lib/types';

/** An npm script under GNU time: wall clock, CPU time and peak memory (the records bench times the same way). */
const timed = (script: string, env: Record<string, string>) => timedCommand('npm', ['run', '--silent', script], env);

function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const within = (n: number, aim: number) => (n <= aim ? 'within' : 'over');

/** What a static host counts: files and bytes (what a host stores, and what it sends gzipped). */
const AIM = { files: 12_000, bytes: 150 * 1024 * 1024 };
const LARGEST = 10;

interface OutputSize {
  files: number;
  bytes: number;
  gzipBytes: number;
  largest: { path: string; bytes: number }[];
  /** Files and bytes by folder: the top folder, or "roles/*"-style page families of two levels. */
  byFolder: { folder: string; files: number; bytes: number }[];
}

/** Folder a file is counted under: data/ and compare/data/ by their subfolder, pages by their family. */
function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts.length === 1) return '(top)';
  if (parts[0] === 'data' && parts.length > 2) return `data/${parts[1]}/`;
  if (parts[0] === 'compare' && parts[1] === 'data') return 'compare/data/';
  return `${parts[0]}/`;
}

function outputSize(dist: string, files: readonly string[]): OutputSize {
  const sized = files.map((file) => ({ path: relative(dist, file), bytes: statSync(file).size, gz: gz(file) }));
  const folders = new Map<string, { files: number; bytes: number }>();
  for (const f of sized) {
    const entry = folders.get(folderOf(f.path)) ?? { files: 0, bytes: 0 };
    entry.files++;
    entry.bytes += f.bytes;
    folders.set(folderOf(f.path), entry);
  }
  return {
    files: sized.length,
    bytes: sized.reduce((t, f) => t + f.bytes, 0),
    gzipBytes: sized.reduce((t, f) => t + f.gz, 0),
    largest: [...sized]
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, LARGEST)
      .map(({ path, bytes }) => ({ path, bytes })),
    byFolder: [...folders].map(([folder, entry]) => ({ folder, ...entry })).sort((a, b) => b.bytes - a.bytes),
  };
}

function sizeMarkdown(size: OutputSize): string[] {
  return [
    `Output size: ${size.files} files (aim ≤ ${AIM.files}: ${within(size.files, AIM.files)}), ${mb(size.bytes)} ` +
      `(aim ≤ ${mb(AIM.bytes)}: ${within(size.bytes, AIM.bytes)}), ${mb(size.gzipBytes)} gzipped file by file.`,
    '',
    markdownTable(
      ['folder', 'files', 'bytes', 'bytes per file'],
      size.byFolder.map((f) => [`\`${f.folder}\``, String(f.files), mb(f.bytes), kb(f.bytes / f.files)]),
      ['l', 'r', 'r', 'r'],
    ),
    '',
    `The ${LARGEST} largest files:`,
    '',
    markdownTable(
      ['file', 'bytes'],
      size.largest.map((f) => [`\`${f.path}\``, kb(f.bytes)]),
      ['l', 'r'],
    ),
  ];
}

/** Attributes a page could in principle do without (styling hooks, ids, accessibility and test hooks). */
const STRIPPABLE = /\s(?:class|id|style|role|tabindex|scope|data-[\w-]+|aria-[\w-]+)(?:="[^"]*")?(?=[\s>/])/g;

/**
 * A floor, not a plan: the build's bytes if every page lost every class, id, ARIA, role, scope and data-*
 * attribute (an unstyled, inaccessible site no one would ship). What is left is the visible text, tables,
 * chart geometry and links, plus every other file. If even this floor is over the aim, no re-encoding of
 * the same pages can meet it.
 */
function strippedFloor(files: readonly string[]): number {
  return files.reduce((total, file) => {
    if (!file.endsWith('.html')) return total + statSync(file).size;
    return total + Buffer.byteLength(readFileSync(file, 'utf8').replace(STRIPPABLE, ''));
  }, 0);
}

/** An official comparison as the data step writes it (.generated/official-comparisons.json). */
interface PairRanks {
  id: string;
  /** O*NET's rank of the other occupation among the first one's closest (1 = closest). */
  rank: number;
  /** The first one's rank among the other's closest, when the other lists it too. */
  reverseRank?: number;
}

/**
 * What the official comparison pages weigh by how closely O*NET relates each pair: the bytes a product
 * decision to keep only some of them (the rest still comparable in the comparison tool) would save.
 * Measured on the pages as built, not re-built: links to a dropped page would change too, by a few bytes.
 */
function comparisonTiers(dist: string, pairs: readonly PairRanks[], totalBytes: number): string[] {
  const bytes = (p: PairRanks) => statSync(join(dist, 'compare', p.id, 'index.html')).size;
  const closest = (p: PairRanks) => Math.min(p.rank, p.reverseRank ?? Infinity);
  const tiers: [string, (p: PairRanks) => boolean][] = [
    ['all: one is among the other’s closest five (O*NET’s short list)', () => true],
    ['each is among the other’s closest five (mutual)', (p) => p.reverseRank !== undefined],
    ['one is among the other’s closest three', (p) => closest(p) <= 3],
    ['one is among the other’s closest two', (p) => closest(p) <= 2],
    ['one is the other’s closest', (p) => closest(p) === 1],
  ];
  const all = pairs.reduce((t, p) => t + bytes(p), 0);
  return [
    'Official comparison pages by how closely O*NET relates the pair, and the full build if only those were kept:',
    '',
    markdownTable(
      ['pages kept', 'pages', 'bytes', 'full build'],
      tiers.map(([label, keep]) => {
        const kept = pairs.filter(keep);
        const keptBytes = kept.reduce((t, p) => t + bytes(p), 0);
        return [label, String(kept.length), mb(keptBytes), mb(totalBytes - all + keptBytes)];
      }),
      ['l', 'r', 'r', 'r'],
    ),
  ];
}

/** A page's HTML and the stylesheets and scripts it references, gzipped (what a first visit downloads). */
function pageBytes(dist: string, path: string): { html: number; css: number; js: number } {
  const file = join(dist, path, 'index.html');
  const html = readFileSync(file, 'utf8');
  const assets = [...html.matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(css|js))"/g)];
  const sum = (kind: string) =>
    [...new Set(assets.filter((a) => a[2] === kind).map((a) => a[1]!))].reduce((t, a) => t + gz(join(dist, a)), 0);
  return { html: gz(file), css: sum('css'), js: sum('js') };
}

const siteScale: BenchModule = {
  name: 'site-scale',
  title: 'Full build at the size of data/',
  order: 5,
  async run({ outDir, log }) {
    const work = join(outDir, 'work');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });

    log('data step on data/ …');
    const dataStep = timed('data', { GENERATED_DIR: join(work, 'gen') });
    log('full build (data step + astro build) …');
    const build = timed('build', { GENERATED_DIR: join(work, 'gen'), OUT_DIR: join(work, 'dist') });

    const seedOnly = join(work, 'seed-data');
    mkdirSync(seedOnly);
    for (const file of readdirSync('data').filter((f) => f.endsWith('.csv') && !IMPORTED_FILES.includes(f))) {
      cpSync(join('data', file), join(seedOnly, file));
    }
    log('data step on the hand-made files alone …');
    const seedDataStep = timed('data', { DATA_DIR: seedOnly, GENERATED_DIR: join(work, 'seed-gen') });

    const dist = join(work, 'dist');
    const files = filesBelow(dist);
    const pages = files.filter((f) => f.endsWith('.html'));
    const byTop = new Map<string, number>();
    for (const page of pages) {
      const top = relative(dist, page).split('/')[0]!;
      byTop.set(top.endsWith('.html') ? '(top)' : top, (byTop.get(top.endsWith('.html') ? '(top)' : top) ?? 0) + 1);
    }
    const size = outputSize(dist, files);
    const totalBytes = size.bytes;
    const roles = ['roles/global-account-manager/', 'roles/sales-managers/'].filter((p) =>
      existsSync(join(dist, p, 'index.html')),
    );
    const loads = roles.map((path) => ({ path, ...pageBytes(dist, path) }));
    const occupations = (
      JSON.parse(readFileSync(join(work, 'gen', 'catalogue.json'), 'utf8')) as {
        roles: { kind: 'role' | 'occupation' }[];
      }
    ).roles.filter((r) => r.kind === 'occupation').length;
    const pairs = JSON.parse(readFileSync(join(work, 'gen', 'official-comparisons.json'), 'utf8')) as PairRanks[];
    const tiers = comparisonTiers(dist, pairs, totalBytes);
    const floor = strippedFloor(files);
    rmSync(work, { recursive: true, force: true });

    const markdown = [
      `Data in data/: ${occupations} O*NET occupations besides the hand-made roles. Aim (issue 6): full build ≤ 120 s and ≤ 2 GB.`,
      '',
      markdownTable(
        ['step', 'wall clock', 'CPU (user+sys)', 'peak memory'],
        [
          [
            'data step, data/ as committed',
            `${dataStep.wallSeconds} s`,
            `${dataStep.cpuSeconds} s`,
            `${dataStep.peakRssMb} MB`,
          ],
          ['full build (`npm run build`)', `${build.wallSeconds} s`, `${build.cpuSeconds} s`, `${build.peakRssMb} MB`],
          [
            'data step, hand-made files only',
            `${seedDataStep.wallSeconds} s`,
            `${seedDataStep.cpuSeconds} s`,
            `${seedDataStep.peakRssMb} MB`,
          ],
        ],
        ['l', 'r', 'r', 'r'],
      ),
      '',
      `Output: ${pages.length} pages (${[...byTop].map(([top, n]) => `${top} ${n}`).join(', ')}), ${files.length} files, ${(totalBytes / 1024 / 1024).toFixed(1)} MB.`,
      '',
      ...sizeMarkdown(size),
      '',
      `Floor for these pages: with every class, id, ARIA, role, scope and data-* attribute removed from every page (an unstyled, inaccessible site, measured only to bound what re-encoding can save), the build would still be ${mb(floor)} (aim ≤ ${mb(AIM.bytes)}: ${within(floor, AIM.bytes)}).`,
      '',
      ...tiers,
      '',
      'What a first visit to a role page downloads (gzipped; fonts and images: none):',
      '',
      markdownTable(
        ['page', 'HTML', 'CSS', 'JS', 'total'],
        loads.map((l) => [l.path, kb(l.html), kb(l.css), kb(l.js), kb(l.html + l.css + l.js)]),
        ['l', 'r', 'r', 'r', 'r'],
      ),
    ].join('\n');
    return {
      markdown,
      data: { dataStep, build, seedDataStep, pages: pages.length, files: files.length, totalBytes, size, floor, loads },
    };
  },
};

export default siteScale;
