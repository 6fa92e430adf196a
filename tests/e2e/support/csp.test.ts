/** Self-test of the CSP recorder every browser test uses: it must see a blocked inline script and a blocked image. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { recordCsp } from './csp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function violationsOf(html: string): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sink: string[] = [];
  recordCsp(page, sink);
  await page.route('http://csp.test/', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto('http://csp.test/');
  await page.waitForTimeout(200);
  await context.close();
  return sink;
}

const POLICY = `<meta http-equiv="Content-Security-Policy" content="script-src 'self'; img-src 'self'">`;

describe('recordCsp', () => {
  it('records an inline script the policy blocks, and an image from another origin', async () => {
    const found = await violationsOf(`${POLICY}<script>window.x = 1</script><img src="http://other.invalid/a.png">`);
    expect(found.some((line) => /script-src/.test(line))).toBe(true);
    expect(found.some((line) => /img-src/.test(line))).toBe(true);
  });

  it('records nothing on a page within its policy', async () => {
    expect(await violationsOf(`${POLICY}<p>plain</p>`)).toEqual([]);
  });
});
