/**
 * Career moves: the similarity of every pair of occupations as the data step computes it (all pairs,
 * top 10 kept), timed on data/; and what /moves/ loads in Chromium before interaction and from a
 * permalink (JavaScript and JSON, gzipped as the server sends them).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { similarOccupations, SIMILAR_SHOWN } from '@/lib/career/similar';
import { validateDataFolder } from '@/lib/data/validate';
import { readFolderFiles } from '@/lib/node/read-folder';
import { CHROMIUM_PATH } from '../lib/machine';
import { markdownTable } from '../lib/markdown';
import type { BenchModule } from '../lib/types';

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function similarityTimes(dataDir: string) {
  const { tables, issues } = validateDataFolder((await readFolderFiles(dataDir)).files);
  if (issues.length > 0) throw new Error(`career bench: ${dataDir}/ does not pass the data step`);
  const byCode = new Map<string, { elementId: string; name: string; importance: number }[]>();
  for (const { row } of tables.onetImportance) {
    const list = byCode.get(row.onet_code) ?? [];
    list.push({ elementId: row.element_id, name: row.element, importance: row.importance });
    byCode.set(row.onet_code, list);
  }
  const inputs = tables.onetOccupations.map(({ row }) => ({
    onetCode: row.onet_code,
    roleId: row.id,
    title: row.title,
    skills: byCode.get(row.onet_code) ?? [],
    knowledge: [],
    related: [],
  }));
  const times: number[] = [];
  let heap = 0;
  for (let i = 0; i < RUNS; i++) {
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    similarOccupations(inputs);
    times.push(performance.now() - start);
    heap = Math.max(heap, process.memoryUsage().heapUsed - before);
  }
  const rated = inputs.filter((o) => o.skills.length > 0).length;
  const elements = new Set(tables.onetImportance.map(({ row }) => row.element_id)).size;
  return { occupations: inputs.length, rated, elements, pairs: (rated * (rated - 1)) / 2, times, heap };
}

async function loads(page: Page, url: string, origin: string, ready?: () => Promise<void>) {
  const bodies: { url: string; kind: 'js' | 'json'; gzipped: number }[] = [];
  const reading: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    const kind = /javascript/i.test(type) ? 'js' : /json/i.test(type) ? 'json' : undefined;
    if (!kind) return;
    reading.push(
      response.body().then(
        (body) => void bodies.push({ url: response.url().replace(origin, ''), kind, gzipped: gzipSync(body).length }),
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (ready) await ready();
  await Promise.all(reading);
  const sum = (kind: 'js' | 'json') => bodies.filter((b) => b.kind === kind).reduce((t, b) => t + b.gzipped, 0);
  return { js: sum('js'), json: sum('json'), files: bodies.length };
}

const career: BenchModule = {
  name: 'career',
  title: 'Career moves: similarity of all occupation pairs, and what /moves/ loads',
  order: 40,
  async run(context) {
    const similarity = await similarityTimes(process.env.DATA_DIR ?? 'data');
    context.log(`similarity: median ${median(similarity.times).toFixed(0)} ms`);
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    let first: Awaited<ReturnType<typeof loads>>;
    let permalink: Awaited<ReturnType<typeof loads>>;
    try {
      first = await loads(await (await browser.newContext()).newPage(), context.siteUrl('moves/'), context.origin);
      const page = await (await browser.newContext()).newPage();
      permalink = await loads(
        page,
        context.siteUrl('moves/?from=sales-managers&to=marketing-managers'),
        context.origin,
        () => page.getByTestId('move-heading').waitFor(),
      );
    } finally {
      await browser.close();
    }
    const markdown = [
      `All pairs of ${similarity.rated.toLocaleString('en-US')} occupations with O*NET ratings (of ${similarity.occupations.toLocaleString('en-US')}), ${similarity.elements} skills and knowledge areas each: ${similarity.pairs.toLocaleString('en-US')} cosine similarities, the ${SIMILAR_SHOWN} closest kept per occupation, with their rising skills (\`similarOccupations\`, Node, ${RUNS} runs).`,
      '',
      markdownTable(
        ['measure', 'value'],
        [
          ['median time', `${median(similarity.times).toFixed(0)} ms`],
          ['slowest run', `${Math.max(...similarity.times).toFixed(0)} ms`],
          ['largest heap growth in a run', `${(similarity.heap / 1e6).toFixed(1)} MB`],
        ],
        ['l', 'r'],
      ),
      '',
      '/moves/ in Chromium (bodies gzipped):',
      '',
      markdownTable(
        ['visit', 'JavaScript', 'JSON', 'responses'],
        [
          ['/moves/, untouched', `${first.js} B`, `${first.json} B`, first.files],
          [
            '/moves/?from=sales-managers&to=marketing-managers',
            `${permalink.js} B`,
            `${permalink.json} B`,
            permalink.files,
          ],
        ],
        ['l', 'r', 'r', 'r'],
      ),
    ].join('\n');
    return { markdown, data: { similarity, first, permalink } };
  },
};

export default career;
