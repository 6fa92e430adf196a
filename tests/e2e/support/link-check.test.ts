/** Self-test of the links gate on a small fixture site: it must find every kind of bad reference and pass the good ones. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages, pathOfFile } from './built-pages';
import { checkLinks } from './link-check';

const dist = mkdtempSync(join(tmpdir(), 'link-check-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(path: string, body: string): void {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), body);
}
const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

// Deployed under /sub/, with its canonical origin https://example.org.
write(
  'sitemap-index.xml',
  '<sitemapindex><sitemap><loc>https://example.org/sub/sitemap-0.xml</loc></sitemap></sitemapindex>',
);
write(
  '_astro/site.css',
  'body{background:url(/sub/_astro/bg.png)} @font-face{src:url(https://fonts.example.com/f.woff2)}',
);
write(
  'sitemap-0.xml',
  '<urlset><url><loc>https://example.org/sub/</loc></url><url><loc>https://example.org/sub/gone/</loc></url></urlset>',
);
write('robots.txt', 'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sub/sitemap-index.xml\n');
write('_astro/bg.png', '');
write('data/role.csv', 'a,b\n');
write('roles/x/index.html', page('', '<h2 id="skills">Skills</h2>'));
write(
  'index.html',
  page(
    '<link rel="stylesheet" href="/sub/_astro/site.css"><link rel="canonical" href="https://example.org/sub/">' +
      '<link rel="icon" href="https://cdn.example.com/icon.svg"><script src="https://cdn.example.com/x.js"></script>',
    [
      '<main id="main"><a href="#main">ok: same page</a>',
      '<a href="/sub/roles/x/#skills">ok: fragment on another page</a>',
      '<a href="roles/x/">ok: relative</a>',
      '<a href="/sub/data/role.csv" download>ok: file</a>',
      '<a href="https://www.example.com/source">ok: a link off-site</a>',
      '<a href="mailto:a@example.org">ok: mail</a><a href="#top">ok: top</a>',
      '<a href="/sub/roles/y/">broken: no page</a>',
      '<a href="/sub/roles/x/#salary">broken: no such id</a>',
      '<a href="/sub/roles/x">broken: folder without slash</a>',
      '<a href="/roles/x/">broken: ignores the base path</a>',
      '<a href="https://example.org/sub/nothing/">broken: own origin, no page</a>',
      '<img src="https://images.example.com/a.png" alt="">offsite image</main>',
      '<noscript><a href="/sub/missing-in-noscript/">broken inside noscript</a></noscript>',
    ].join(''),
  ),
);

const { pages, problems } = checkLinks({ dist, base: '/sub/' });
const found = (kind: string) =>
  problems
    .filter((problem) => problem.kind === kind)
    .map((problem) => problem.what)
    .sort();

describe('built pages', () => {
  it('lists every HTML file as a site path under the base path', () => {
    expect(builtPages(dist, '/sub/').map((p) => p.urlPath)).toEqual(['/sub/', '/sub/roles/x/']);
    expect([pathOfFile('index.html'), pathOfFile('a/b/index.html'), pathOfFile('404.html')]).toEqual([
      '',
      'a/b/',
      '404.html',
    ]);
  });
});

describe('link check', () => {
  it('checks every page', () => {
    expect(pages).toHaveLength(2);
  });

  it('reports each broken internal reference, and only those', () => {
    const broken = found('broken');
    expect(broken).toHaveLength(7);
    expect(broken.join('\n')).toContain('https://example.org/sub/gone/ not built');
    expect(broken.join('\n')).toContain('<a href="/sub/roles/y/"> not built');
    expect(broken.join('\n')).toContain('<a href="/sub/roles/x/#salary"> names #salary');
    expect(broken.join('\n')).toContain('<a href="/sub/roles/x"> is a folder');
    expect(broken.join('\n')).toContain('<a href="/roles/x/"> is outside the base path /sub/');
    expect(broken.join('\n')).toContain('<a href="https://example.org/sub/nothing/"> not built');
    expect(broken.join('\n')).toContain('<a href="/sub/missing-in-noscript/"> not built');
  });

  it('reports resources loaded from another origin, but not links a person follows', () => {
    expect(found('offsite')).toEqual([
      '<img src="https://images.example.com/a.png"> loads from another origin (https://images.example.com); serve it from this site',
      '<link[rel=icon] href="https://cdn.example.com/icon.svg"> loads from another origin (https://cdn.example.com); serve it from this site',
      '<script src="https://cdn.example.com/x.js"> loads from another origin (https://cdn.example.com); serve it from this site',
      'url(https://fonts.example.com/f.woff2) loads from another origin (https://fonts.example.com)',
    ]);
  });
});
