/** Gate: axe finds no WCAG 2.2 AA violation on any built page, with the system set to light or to dark. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserGatePages, notServed, type BuiltPage } from '../support/built-pages';
import { usePagePool } from '../support/page-pool';
import { siteUrl } from '../support/site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** How many offending elements to name per rule; the count says how many there are in all. */
const TARGETS_SHOWN = 6;

const pages = browserGatePages();
/** Generous, and growing with the site: a busy 2-core machine needs a few seconds per page for axe. */
const TIMEOUT = Math.max(60_000, pages.length * 8_000);

/** Every violation on one page, each as a few lines naming the rule, the elements and how to fix it. */
async function violationsOn(tab: Page, page: BuiltPage, scheme: 'light' | 'dark'): Promise<string[]> {
  await tab.emulateMedia({ colorScheme: scheme });
  const response = await tab.goto(siteUrl(page.path));
  if (!response?.ok()) return [notServed(page, response?.status())];
  // Legacy mode runs axe.run() in the page itself; the default opens an extra blank tab per analysis to merge
  // frame results (the site has no frames), which made this gate two to three times slower.
  // Only violations carry every node: axe then skips serialising thousands of passing nodes per page.
  const results = await new AxeBuilder({ page: tab })
    .setLegacyMode(true)
    .withTags(TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' '));
    const shown = targets.slice(0, TARGETS_SHOWN).map((target) => `      ${target}`);
    if (targets.length > TARGETS_SHOWN) shown.push(`      … and ${targets.length - TARGETS_SHOWN} more`);
    const detail = violation.nodes[0]?.failureSummary?.replace(/\n\s*/g, ' ') ?? '';
    return [
      `${page.urlPath} [${scheme}] ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}`,
      ...shown,
      `    first element: ${detail}`,
      `    how to fix: ${violation.helpUrl}`,
    ].join('\n');
  });
}

describe('accessibility of every built page (axe, WCAG 2.2 AA)', () => {
  const pool = usePagePool();

  // The theme follows the system setting until a person uses the toggle (nobody does here), so emulating the
  // system's colour scheme before each page loads covers both themes.
  for (const scheme of ['light', 'dark'] as const) {
    it(
      `has no violations with the system in ${scheme} mode (${pages.length} pages)`,
      async () => {
        expect(pages.length).toBeGreaterThan(0);
        const reports = await pool.visitAll(pages, (tab, page) => violationsOn(tab, page, scheme), {
          reuseTab: true,
        });
        const violations = reports.flat();
        expect(violations, `axe violations in ${scheme} mode:\n${violations.join('\n')}\n`).toEqual([]);
      },
      TIMEOUT,
    );
  }
});
