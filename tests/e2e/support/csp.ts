/**
 * Collects Content-Security-Policy violations of browser pages: Chromium's "Refused to …" console errors,
 * and the securitypolicyviolation events a page fires, which a script Playwright adds before the page's
 * own (the policy does not govern it) writes to the console too, so both reach one list.
 */
import type { Page } from 'playwright-core';

const RECORDER = `document.addEventListener('securitypolicyviolation', (e) => {
  console.error('CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'an inline resource') +
    ' at ' + (e.sourceFile || document.URL) + ':' + e.lineNumber);
});`;

const watched = new WeakSet<Page>();

/** Adds every violation on `page` (from now on, on every document it shows) to `sink`, naming the page. */
export function recordCsp(page: Page, sink: string[]): void {
  if (watched.has(page)) return;
  watched.add(page);
  void page.addInitScript(RECORDER);
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /Content Security Policy|CSP violation/i.test(text)) {
      sink.push(`${page.url()}: ${text}`);
    }
  });
}

/** The failure message for violations, one per line, without repeats. */
export function cspReport(violations: readonly string[]): string {
  return `Content-Security-Policy violations:\n${[...new Set(violations)].join('\n')}`;
}
