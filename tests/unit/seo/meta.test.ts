import { describe, expect, it } from 'vitest';
import { canonicalUrl, escapedLength, MAX_TITLE_CHARS, metaDescription, pageTitle, SITE_NAME } from '@/lib/seo/meta';
import { robotsTxt } from '@/lib/seo/robots';

describe('pageTitle', () => {
  it('counts characters as the built HTML writes them, so titles with apostrophes fit too', () => {
    const title = "Security Guards vs. Police and Sheriff's Patrol Officers and Other Officers";
    expect(escapedLength(pageTitle(title))).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(escapedLength("Sheriff's")).toBe(13);
    expect(pageTitle("Sheriff's")).toBe(`Sheriff's · ${SITE_NAME}`);
  });

  it('adds the site name to every page but the home page', () => {
    expect(pageTitle('Skills')).toBe(`Skills · ${SITE_NAME}`);
    expect(pageTitle(SITE_NAME)).toBe(SITE_NAME);
  });

  it('keeps every title within the length search results show', () => {
    const pair = 'Global account manager vs. Account executive/sales manager';
    expect(pageTitle(pair)).toBe(pair);
    const long = 'A very long title '.repeat(6).trim();
    expect(pageTitle(long).length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(pageTitle(long).endsWith('…')).toBe(true);
    for (const title of ['Skills', pair, long]) expect(pageTitle(title).length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
  });
});

describe('canonicalUrl', () => {
  it('joins the page path (with its base path) to the site', () => {
    expect(canonicalUrl('/roles/x/', 'https://example.org')).toBe('https://example.org/roles/x/');
    expect(canonicalUrl('/atlas/roles/x/', 'https://example.org/atlas/')).toBe('https://example.org/atlas/roles/x/');
  });

  it('ends page paths with a slash but leaves files alone', () => {
    expect(canonicalUrl('/atlas/about', 'https://example.org')).toBe('https://example.org/atlas/about/');
    expect(canonicalUrl('/404.html', 'https://example.org')).toBe('https://example.org/404.html');
  });
});

describe('metaDescription', () => {
  it('keeps short text as it is, with whitespace tidied', () => {
    expect(metaDescription('  What a   role does. ')).toBe('What a role does.');
  });

  it('cuts long text on a word boundary with an ellipsis', () => {
    const long = 'word '.repeat(60);
    const cut = metaDescription(long, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('word…')).toBe(true);
  });
});

describe('robotsTxt', () => {
  it('allows crawling and names the sitemap', () => {
    const text = robotsTxt('https://example.org/atlas/sitemap-index.xml');
    expect(text).toContain('User-agent: *');
    expect(text).toMatch(/^Sitemap: https:\/\/example\.org\/atlas\/sitemap-index\.xml$/m);
  });
});
