/**
 * `npm run screenshots`: pictures of the built site for docs/screenshots/ — the role, occupation,
 * comparison (resume and official) and compare-tool pages at 1280 and 390 px wide, light and dark. Each is one viewport,
 * scrolled so the page's first chart is in view, so the files stay small. Needs a built dist/ and
 * Chromium (as the browser tests do); serves dist/ on 127.0.0.1 on a free port and stops it after.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/support/chromium';
import { serveStatic } from '../tests/e2e/support/static-server';

const OUT = 'docs/screenshots';
const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** What to picture: a page and the element scrolled to the top of the view. */
const SHOTS = [
  { name: 'role', path: 'roles/global-account-manager/', target: '#skills' },
  { name: 'occupation', path: 'roles/sales-managers/', target: '#official-wages' },
  {
    name: 'comparison',
    path: 'compare/global-account-manager-vs-market-sales-manager/',
    target: '[data-testid="chart"]',
  },
  {
    name: 'official-comparison',
    path: 'compare/marketing-managers-vs-sales-managers/',
    target: '[data-testid="chart"]',
  },
  {
    name: 'compare-tool',
    path: 'compare/?roles=global-account-manager,market-sales-manager,sales-managers',
    target: '[data-testid="comparison-view"]',
  },
] as const;

const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

const { server, origin } = await serveStatic('dist', BASE);
const browser = await launchChromium();
mkdirSync(OUT, { recursive: true });
try {
  for (const shot of SHOTS) {
    for (const viewport of VIEWPORTS) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        const response = await page.goto(`${origin}${BASE}${shot.path}`);
        if (!response?.ok()) throw new Error(`${shot.path}: HTTP ${response?.status()}`);
        const target = page.locator(shot.target).first();
        await target.waitFor({ state: 'visible', timeout: 15_000 });
        await target.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
        await page.evaluate(() => window.scrollBy(0, -16));
        const file = join(OUT, `${shot.name}-${viewport.width}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        console.log(`wrote ${file}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
