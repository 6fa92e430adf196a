/**
 * The skills matcher (/match/) in Chromium: what it loads before interaction and after the first
 * focus (gzipped, as the server sends it), and the time per keystroke in the pasted-text box — the
 * whole text matched against the vocabulary, the roles ranked and the page rendered — for a resume-
 * sized text and a ten-times larger one, built from the vocabulary's own terms and filler words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import type { MatchData } from '@/lib/match/rank';
import { CHROMIUM_PATH } from '../lib/machine';
import { markdownTable } from '../lib/markdown';
import type { BenchModule } from '../lib/types';

const KEYSTROKES = 200;
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;

/** A text of about `chars` characters: every 8th phrase a vocabulary term, the rest filler words. */
function sampleText(data: MatchData, chars: number): string {
  const filler = ['led', 'the', 'team', 'for', 'three', 'years', 'and', 'improved', 'results', 'with'];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const word = i % 8 === 0 ? data.terms[(i * 7919) % data.terms.length]! : filler[i % filler.length]!;
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(' ');
}

/** Milliseconds from each simulated keystroke (an input event) to the end of the work it causes. */
async function keystrokes(page: Page, text: string): Promise<number[]> {
  return page.evaluate(
    async ({ text, count }) => {
      const area = document.querySelector<HTMLTextAreaElement>('[data-testid="match-tool"] textarea')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      // A macrotask after the event: React's render of a discrete input event has finished by then. (No
      // named functions in here: tsx would wrap them in a helper the page does not have.)
      const channel = new MessageChannel();
      let wake: (() => void) | undefined;
      channel.port1.onmessage = () => wake?.();
      const times: number[] = [];
      for (let i = -1; i < count; i++) {
        const start = performance.now();
        setValue.call(area, i < 0 ? text : area.value + ' ab'[i % 3]);
        area.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((resolve) => {
          wake = resolve;
          channel.port2.postMessage(null);
        });
        if (i >= 0) times.push(performance.now() - start);
      }
      return times;
    },
    { text, count: KEYSTROKES },
  );
}

const match: BenchModule = {
  name: 'match',
  title: 'Skills matcher: payload and time per keystroke in /match/',
  order: 45,
  async run(context) {
    const dataFile = join(context.distDir, 'match', 'data.json');
    const raw = readFileSync(dataFile);
    const data = JSON.parse(raw.toString('utf8')) as MatchData;
    const vectorEntries = data.roles.reduce((n, r) => n + r.v.length / 2, 0);
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const rows: (string | number)[][] = [];
    const loaded: { before: number; after: number } = { before: 0, after: 0 };
    try {
      const page = await (await browser.newContext()).newPage();
      const js: number[] = [];
      let interacted = false;
      page.on('response', (response) => {
        if (!/javascript|json/.test(response.headers()['content-type'] ?? '')) return;
        void response.body().then(
          (body) => {
            if (interacted) loaded.after += gzipSync(body).length;
            else js.push(gzipSync(body).length);
          },
          () => undefined,
        );
      });
      await page.goto(context.siteUrl('match/'), { waitUntil: 'networkidle' });
      loaded.before = js.reduce((a, b) => a + b, 0);
      interacted = true;
      await page.getByLabel('Or paste a resume or a job ad').focus();
      await page.getByTestId('match-tool').waitFor();
      await page.waitForLoadState('networkidle');
      for (const chars of [5_000, 50_000]) {
        const times = await keystrokes(page, sampleText(data, chars));
        context.log(`${chars} chars: p95 ${quantile(times, 0.95).toFixed(1)} ms`);
        rows.push([
          `${chars.toLocaleString('en-US')} characters`,
          KEYSTROKES,
          `${quantile(times, 0.5).toFixed(1)} ms`,
          `${quantile(times, 0.95).toFixed(1)} ms`,
          `${Math.max(...times).toFixed(1)} ms`,
        ]);
      }
    } finally {
      await browser.close();
    }
    const markdown = [
      `Payload \`match/data.json\`: ${data.terms.length.toLocaleString('en-US')} vocabulary terms, ${data.roles.length.toLocaleString('en-US')} roles and occupations, ${vectorEntries.toLocaleString('en-US')} weights; ${(raw.length / 1024).toFixed(1)} KB, **${(gzipSync(raw).length / 1024).toFixed(1)} KB gzipped**.`,
      `JavaScript and JSON before interaction: ${loaded.before} B gzipped; loaded on the first focus (island, React, payload): ${(loaded.after / 1024).toFixed(1)} KB gzipped.`,
      '',
      'Time per keystroke in the pasted-text box (input event → whole text matched, roles ranked, React rendered; aim ≤ 16 ms at p95):',
      '',
      markdownTable(['text', 'keystrokes', 'median', 'p95', 'slowest'], rows, ['l', 'r', 'r', 'r', 'r']),
    ].join('\n');
    return { markdown, data: { rows, loaded, gzipped: gzipSync(raw).length, bytes: raw.length } };
  },
};

export default match;
