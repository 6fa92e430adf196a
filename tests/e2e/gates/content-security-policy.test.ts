/**
 * Gate: every built page carries the site's Content-Security-Policy (read from the HTML, no browser), so
 * an inline script that is not the site's own cannot run on any of them. The browser gates add the other
 * half: every page they visit fails on a CSP violation (tests/e2e/support/csp.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-pages';
import { policyProblems } from '../support/csp-policy';

describe('Content-Security-Policy', () => {
  it('is on every built page: self only, object-src none, base-uri self, every inline script hashed', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(0);
    const problems = new Map<string, string[]>();
    for (const page of pages) {
      for (const problem of policyProblems(readFileSync(page.file, 'utf8'))) {
        problems.set(problem, [...(problems.get(problem) ?? []), page.urlPath]);
      }
    }
    const report = [...problems].map(
      ([problem, on]) => `${problem}: ${on.slice(0, 3).join(', ')} (${on.length} pages)`,
    );
    expect(report).toEqual([]);
  });
});
