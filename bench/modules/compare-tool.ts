/**
 * The comparison tool's JavaScript and data, measured in Chromium: what /compare/ runs before anyone
 * interacts (the loader only), what arrives once the reader asks for the tool (React, D3 modules and the
 * island, plus the role index), and what a permalink naming roles loads (everything at once, plus one
 * small file per picked role). Sizes are the bodies gzipped, as the site's server sends them.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Response } from 'playwright-core';
import { CHROMIUM_PATH } from '../lib/machine';
import { markdownTable } from '../lib/markdown';
import type { BenchModule } from '../lib/types';

interface Transfer {
  url: string;
  kind: 'js' | 'json';
  raw: number;
  gzipped: number;
}

interface Stage {
  name: string;
  path: string;
  transfers: Transfer[];
  /** Inline executable scripts of the HTML, gzipped together. */
  inlineGzipped: number;
}

const sum = (transfers: Transfer[], kind: Transfer['kind'], key: 'raw' | 'gzipped') =>
  transfers.filter((t) => t.kind === kind).reduce((total, t) => total + t[key], 0);

/** Records every script and JSON body the page receives from now on. */
function record(page: Page, origin: string): { transfers: Transfer[]; settle(): Promise<void> } {
  const transfers: Transfer[] = [];
  const reading: Promise<void>[] = [];
  page.on('response', (response: Response) => {
    const type = response.headers()['content-type'] ?? '';
    const kind = /javascript/i.test(type) ? 'js' : /json/i.test(type) ? 'json' : undefined;
    if (!kind) return;
    reading.push(
      response.body().then(
        (body) => {
          transfers.push({
            url: response.url().replace(origin, ''),
            kind,
            raw: body.length,
            gzipped: gzipSync(body).length,
          });
        },
        () => undefined,
      ),
    );
  });
  return { transfers, settle: async () => void (await Promise.all(reading)) };
}

async function inlineScripts(page: Page): Promise<number> {
  const bodies = await page.evaluate(() =>
    [...document.scripts]
      .filter((s) => !s.src && /^(|module|text\/javascript)$/i.test(s.type.trim()))
      .map((s) => s.textContent ?? ''),
  );
  return bodies.length > 0 ? gzipSync(bodies.join('\n')).length : 0;
}

const compareTool: BenchModule = {
  name: 'compare-tool',
  title: 'Comparison tool: JavaScript and data',
  order: 30,
  // Long on purpose: one benchmark run, measured step by step in the order RESULTS.md reports it.
  async run(context) {
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const stages: Stage[] = [];
    try {
      // 1. /compare/ as a first visit, untouched; 2. the same page after "Compare roles" is clicked.
      {
        const page = await (await browser.newContext()).newPage();
        const before = record(page, context.origin);
        await page.goto(context.siteUrl('compare/'), { waitUntil: 'networkidle' });
        await before.settle();
        const inline = await inlineScripts(page);
        const untouched = [...before.transfers];
        stages.push({ name: 'before interaction', path: 'compare/', transfers: untouched, inlineGzipped: inline });
        const after = record(page, context.origin);
        // The tool is ready when its role index has arrived (network idle was already reached before the click).
        await Promise.all([
          page.waitForResponse((response) => response.url().endsWith('/compare/data/index.json')),
          page.getByRole('button', { name: 'Compare roles' }).click(),
        ]);
        await page.getByRole('combobox').waitFor();
        await after.settle();
        stages.push({
          name: 'island loaded (on intent)',
          path: 'compare/',
          transfers: [...untouched, ...after.transfers],
          inlineGzipped: inline,
        });
        await page.context().close();
      }
      // 3. A permalink naming four roles (or as many as there are): the tool loads at once.
      {
        const index = (await (await fetch(context.siteUrl('compare/data/index.json'))).json()) as {
          roles: { id: string }[];
        };
        const ids = index.roles.slice(0, 4).map((r) => r.id);
        const path = `compare/?roles=${ids.join(',')}`;
        const page = await (await browser.newContext()).newPage();
        const loads = record(page, context.origin);
        await page.goto(context.siteUrl(path));
        await page.getByTestId('comparison-view').waitFor();
        await page.waitForLoadState('networkidle');
        await loads.settle();
        stages.push({
          name: `permalink, ${ids.length} roles`,
          path,
          transfers: loads.transfers,
          inlineGzipped: await inlineScripts(page),
        });
        await page.context().close();
      }
    } finally {
      await browser.close();
    }

    const rows = stages.map((s) => [
      s.name,
      `/${s.path}`,
      sum(s.transfers, 'js', 'gzipped') + s.inlineGzipped,
      sum(s.transfers, 'js', 'raw'),
      s.transfers.filter((t) => t.kind === 'js').length,
      sum(s.transfers, 'json', 'gzipped'),
      s.transfers.filter((t) => t.kind === 'json').length,
    ]);
    const files = stages.flatMap((s) =>
      s.transfers.map((t) => `- ${s.name}: \`${t.url}\` ${t.kind}, ${t.gzipped} B gzipped (${t.raw} B)`),
    );
    const markdown = [
      'Bytes of JavaScript and JSON the comparison tool page receives, bodies gzipped (JS totals include inline scripts). The budget before interaction is 4096 B of gzipped JS.',
      '',
      markdownTable(
        ['Stage', 'Path', 'JS gzipped (B)', 'JS raw (B)', 'JS files', 'JSON gzipped (B)', 'JSON files'],
        rows,
        ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
      ),
      '',
      '<details><summary>Files</summary>',
      '',
      ...files,
      '',
      '</details>',
    ].join('\n');
    return { markdown, data: stages };
  },
};

export default compareTool;
