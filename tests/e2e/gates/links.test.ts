/**
 * Gate: every internal link, asset and #fragment on every built page resolves to a file in dist/ (and an id on
 * that page), and nothing but a link a person follows points to another origin. Reads the files, no browser.
 */
import { describe, expect, it } from 'vitest';
import { checkLinks, reportProblems } from '../support/link-check';

const { pages, problems } = checkLinks();

describe('internal links and anchors of every built page', () => {
  it(`resolve to built files and existing ids (${pages.length} pages, their stylesheets, the sitemaps and robots.txt)`, () => {
    expect(pages.length).toBeGreaterThan(0);
    const broken = reportProblems(problems, 'broken');
    expect(broken, `broken internal references:\n${broken.join('\n')}\n`).toEqual([]);
  });

  it('load nothing from another origin: only <a href> may point off-site', () => {
    const offsite = reportProblems(problems, 'offsite');
    expect(offsite, `off-origin resources:\n${offsite.join('\n')}\n`).toEqual([]);
  });
});
