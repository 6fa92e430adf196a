/**
 * Lighthouse (mobile) on the home page, the featured role page, the heaviest occupation, comparison and
 * skill pages, the comparison tool and the search page (each once it exists): the four category scores, the audits that cost points, and the bytes each
 * page transfers by type. Chromium is told to resolve no host but 127.0.0.1, and every request Lighthouse
 * saw is checked to have stayed on the machine.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '../lib/machine';
import { markdownTable } from '../lib/markdown';
import type { BenchContext, BenchModule } from '../lib/types';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Belt and braces for a loopback-only benchmark: any other host name fails to resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];
/** Score states that say nothing about the page (not applicable, manual checks, informative notes). */
const UNSCORED = new Set(['notApplicable', 'manual', 'informative', 'error']);

interface PageTarget {
  name: string;
  path: string;
}

interface NetworkRequest {
  url: string;
  transferSize?: number;
  resourceSize?: number;
  resourceType?: string;
  mimeType?: string;
}

interface PageResult {
  name: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits that cost points: id, category, score (0–1) and Lighthouse's display value. */
  failing: {
    id: string;
    category: string;
    score: number | null;
    /** Its weight in the category score: 0 for diagnostics and insights that cost no points. */
    weight: number;
    displayValue?: string;
    title: string;
  }[];
  /** Bytes transferred (gzip, headers included) by kind. */
  bytes: { html: number; css: number; js: number; other: number; total: number };
  requests: number;
  offMachine: string[];
}

/**
 * The page of a family with the most content: the heaviest case of that page type, stable for the same
 * data. `keep` filters the slugs (e.g. occupations only, among /roles/ pages).
 */
function heaviestPage(dist: string, folder: string, keep: (slug: string) => boolean = () => true): string | undefined {
  const root = `${dist}/${folder}`;
  if (!existsSync(root)) return undefined;
  const pages = readdirSync(root)
    .filter((slug) => existsSync(`${root}/${slug}/index.html`) && keep(slug))
    .map((slug) => ({ slug, size: statSync(`${root}/${slug}/index.html`).size }))
    .sort((a, b) => b.size - a.size || a.slug.localeCompare(b.slug));
  return pages[0] && `${folder}/${pages[0].slug}/`;
}

/** Whether /roles/<slug>/ is an O*NET occupation's page (its data file says so). */
function isOccupation(dist: string, slug: string): boolean {
  const file = `${dist}/data/roles/${slug}.json`;
  return existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { kind?: string }).kind === 'occupation';
}

function targets(dist: string): PageTarget[] {
  const list: PageTarget[] = [
    { name: 'home', path: '' },
    { name: 'role', path: 'roles/global-account-manager/' },
  ];
  const optional: [string, string | undefined][] = [
    ['occupation', heaviestPage(dist, 'roles', (slug) => isOccupation(dist, slug))],
    ['comparison', heaviestPage(dist, 'compare')],
    ['skill', heaviestPage(dist, 'skills')],
    ['compare tool', existsSync(`${dist}/compare/index.html`) ? 'compare/' : undefined],
    ['search', existsSync(`${dist}/search/index.html`) ? 'search/' : undefined],
  ];
  for (const [name, path] of optional) if (path !== undefined) list.push({ name, path });
  return list;
}

function kindOf(request: NetworkRequest): keyof Omit<PageResult['bytes'], 'total'> {
  switch (request.resourceType) {
    case 'Document':
      return 'html';
    case 'Stylesheet':
      return 'css';
    case 'Script':
      return 'js';
    default:
      return 'other';
  }
}

async function audit(context: BenchContext, port: number, target: PageTarget): Promise<PageResult> {
  const url = context.siteUrl(target.path);
  const run = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error' },
    { extends: 'lighthouse:default', settings: { formFactor: 'mobile', onlyCategories: [...CATEGORIES] } },
  );
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = run;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  writeFileSync(`${context.outDir}/${target.name.replace(/\W+/g, '-')}.json`, JSON.stringify(lhr));

  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as PageResult['scores'];
  const failing = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const result = lhr.audits[ref.id];
      if (!result || UNSCORED.has(result.scoreDisplayMode) || result.score === null || result.score >= 1) return [];
      const { score, displayValue, title } = result;
      return [{ id: ref.id, category, score, weight: ref.weight, displayValue, title }];
    }),
  );
  const details = lhr.audits['network-requests']?.details as { items?: NetworkRequest[] } | undefined;
  const requests = details?.items ?? [];
  const bytes = { html: 0, css: 0, js: 0, other: 0, total: 0 };
  for (const request of requests) {
    bytes[kindOf(request)] += request.transferSize ?? 0;
    bytes.total += request.transferSize ?? 0;
  }
  const offMachine = requests
    .map((request) => request.url)
    .filter((address) => /^(https?|wss?):/i.test(address) && !address.startsWith(`${context.origin}/`));
  return { ...target, scores, failing, bytes, requests: requests.length, offMachine };
}

function markdown(results: PageResult[]): string {
  const scores = markdownTable(
    ['Page', 'Path', 'Performance', 'Accessibility', 'Best practices', 'SEO'],
    results.map((r) => [r.name, `/${r.path}`, ...CATEGORIES.map((c) => r.scores[c])]),
    ['l', 'l', 'r', 'r', 'r', 'r'],
  );
  const bytes = markdownTable(
    ['Page', 'HTML', 'CSS', 'JS', 'Other', 'Total', 'Requests'],
    results.map((r) => [r.name, r.bytes.html, r.bytes.css, r.bytes.js, r.bytes.other, r.bytes.total, r.requests]),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  const line = (r: PageResult, f: PageResult['failing'][number]) =>
    `- ${r.name}: \`${f.id}\` (${f.category}, score ${f.score}) ${f.title}${f.displayValue ? ` — ${f.displayValue}` : ''}`;
  const costing = results.flatMap((r) => r.failing.filter((f) => f.weight > 0).map((f) => line(r, f)));
  const diagnostics = results.flatMap((r) => r.failing.filter((f) => f.weight === 0).map((f) => line(r, f)));
  const offMachine = results.flatMap((r) => r.offMachine.map((address) => `- ${r.name}: ${address}`));
  return [
    'Mobile form factor, Lighthouse default throttling (simulated). Scores out of 100.',
    '',
    scores,
    '',
    '### Bytes transferred per page',
    '',
    'Transfer sizes in bytes as Lighthouse recorded them: gzip-compressed bodies plus response headers, before any interaction.',
    '',
    bytes,
    '',
    '### Audits that cost points',
    '',
    costing.length > 0 ? costing.join('\n') : 'None: every weighted audit passed on every page.',
    '',
    '### Diagnostics below full score (weight 0: they cost no points)',
    '',
    diagnostics.length > 0 ? diagnostics.join('\n') : 'None.',
    '',
    '### Requests that left the machine',
    '',
    offMachine.length > 0 ? offMachine.join('\n') : 'None.',
  ].join('\n');
}

const lighthouseModule: BenchModule = {
  name: 'lighthouse',
  title: 'Lighthouse (mobile)',
  order: 10,
  async run(context) {
    const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: FLAGS, logLevel: 'error' });
    const results: PageResult[] = [];
    try {
      for (const target of targets(context.distDir)) {
        context.log(`auditing /${target.path}`);
        results.push(await audit(context, chrome.port, target));
      }
    } finally {
      chrome.kill();
    }
    const offMachine = results.flatMap((r) => r.offMachine);
    if (offMachine.length > 0) context.log(`WARNING: requests left the machine: ${offMachine.join(', ')}`);
    return { markdown: markdown(results), data: results };
  },
};

export default lighthouseModule;
