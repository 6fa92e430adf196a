/**
 * Hostile text on a built site: one fixture build (tests/fixtures/hostile/site-data.ts: script, event
 * handler, JSON-LD break-out, javascript: and formula payloads, bidi and zero-width characters and words
 * of thousands of characters in every text field), served on its own port and visited page by page in
 * Chromium at a phone's width. No payload may run (each would set window.__hostile or open a dialog),
 * nothing may be requested off the origin, no Content-Security-Policy violation, nothing wider than the
 * viewport; and every hard skill a role lists is on its role page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from './support/built-pages';
import { launchChromium } from './support/chromium';
import { cspReport, recordCsp } from './support/csp';
import { serveStatic } from './support/static-server';
import {
  HARD_SKILLS,
  HOSTILE_ROLE,
  LONG_WORD,
  NAMED_ONLY_SKILL,
  writeHostileData,
} from '../fixtures/hostile/site-data';

declare global {
  interface Window {
    __hostile?: unknown;
  }
}

const work = mkdtempSync(join(tmpdir(), 'role-atlas-hostile-site-'));
const out = join(work, 'site');
const PHONE = { width: 390, height: 844 };
let browser: Browser;
let server: Server;
let origin: string;
let pages: BuiltPage[];

function run(script: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
    env: {
      ...process.env,
      DATA_DIR: join(work, 'data'),
      GENERATED_DIR: join(work, 'generated'),
      OUT_DIR: out,
      BASE_PATH: '/',
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
}

beforeAll(async () => {
  writeHostileData(join(work, 'data'));
  run('scripts/data.ts');
  run('scripts/build.ts');
  pages = builtPages(out, '/');
  ({ server, origin } = await serveStatic(out, '/'));
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  rmSync(work, { recursive: true, force: true });
});

interface Visit {
  ran: unknown;
  dialogs: string[];
  offsite: string[];
  violations: string[];
  tooWide: string[];
}

async function visit(page: BuiltPage): Promise<Visit> {
  const context = await browser.newContext({ viewport: PHONE });
  const tab = await context.newPage();
  const dialogs: string[] = [];
  const offsite: string[] = [];
  const violations: string[] = [];
  recordCsp(tab, violations);
  tab.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  tab.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) offsite.push(url);
  });
  try {
    await tab.goto(`${origin}${page.urlPath}`, { waitUntil: 'load' });
    await tab.waitForTimeout(300); // let islands hydrate and any delayed handler fire
    const ran = await tab.evaluate(() => window.__hostile);
    const tooWide = await tab.evaluate((width) => {
      const wide: string[] = [];
      if (document.documentElement.scrollWidth > width)
        wide.push(`the page (${document.documentElement.scrollWidth}px)`);
      for (const element of document.body.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width > width + 1 && !element.closest('svg')) {
          wide.push(`<${element.tagName.toLowerCase()}> ${Math.round(box.width)}px`);
        }
      }
      return wide.slice(0, 5);
    }, PHONE.width);
    return { ran, dialogs, offsite, violations, tooWide };
  } finally {
    await context.close();
  }
}

describe('hostile text on a built fixture site', () => {
  it('builds the pages of every kind', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toContain('');
    expect(paths).toContain(`roles/${HOSTILE_ROLE}/`);
    expect(paths.some((p) => p.startsWith('skills/') && p !== 'skills/')).toBe(true);
    expect(paths.some((p) => p.startsWith('employers/') && p !== 'employers/')).toBe(true);
    expect(paths.some((p) => p.startsWith('compare/') && p !== 'compare/')).toBe(true);
  });

  it('runs no payload, requests nothing off the origin, violates no CSP and fits 390 px on every page', async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const result = await visit(page);
      const at = page.urlPath;
      if (result.ran !== undefined) problems.push(`${at}: a payload ran (window.__hostile = ${String(result.ran)})`);
      for (const message of result.dialogs) problems.push(`${at}: a dialog opened: ${message}`);
      for (const url of result.offsite) problems.push(`${at}: requested ${url}`);
      if (result.violations.length > 0) problems.push(`${at}: ${cspReport(result.violations)}`);
      for (const wide of result.tooWide) problems.push(`${at}: wider than ${PHONE.width}px: ${wide}`);
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('shows hostile text as text, the long word included', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const tab = await context.newPage();
    await tab.goto(`${origin}/roles/global-account-manager/`);
    const text = await tab.locator('main').innerText();
    expect(text).toContain('<script>window.__hostile = "script element"</script>');
    expect(text).toContain(LONG_WORD);
    await context.close();
  });

  it('lists every hard skill of a role on its page, one with neither share nor example too', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${origin}/roles/global-account-manager/`);
    expect(await tab.getByTestId('skills-named-only').innerText()).toContain(NAMED_ONLY_SKILL);
    const text = await tab.locator('main').innerText();
    for (const skill of [...HARD_SKILLS, NAMED_ONLY_SKILL]) expect(text).toContain(skill);
    await context.close();
  });
});
