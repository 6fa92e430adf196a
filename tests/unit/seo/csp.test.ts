/**
 * narrowPolicy: a page's script-src and style-src keep only the hashes of that page's own inline
 * scripts and styles; every other source, directive and byte of the page stays as it was.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineBlocks, narrowPolicy } from '@/lib/seo/csp';

const hash = (text: string, algorithm = 'sha256') =>
  `'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;

const THEME = '(()=>{document.documentElement.dataset.theme="dark"})();';
const OTHER = 'console.log("another page")';
const STYLE = '.x{color:red}';
const UNUSED_STYLE = '.y{color:blue}';

function page(policy: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
}

const sitePolicy = [
  "default-src 'self'",
  "object-src 'none'",
  `script-src 'self' ${hash(THEME)} ${hash(OTHER)}`,
  `style-src 'self' ${hash(STYLE)} ${hash(UNUSED_STYLE)};`,
].join(';');

describe('narrowPolicy', () => {
  it("keeps the hashes of the page's inline script and style and drops the others", () => {
    const html = page(sitePolicy, `<script>${THEME}</script><style>${STYLE}</style><p>text</p>`);
    const narrowed = narrowPolicy(html);
    expect(narrowed).toContain(hash(THEME));
    expect(narrowed).toContain(hash(STYLE));
    expect(narrowed).not.toContain(hash(OTHER));
    expect(narrowed).not.toContain(hash(UNUSED_STYLE));
    expect(narrowed).toBe(
      page(
        `default-src 'self';object-src 'none';script-src 'self' ${hash(THEME)};style-src 'self' ${hash(STYLE)};`,
        `<script>${THEME}</script><style>${STYLE}</style><p>text</p>`,
      ),
    );
  });

  it('does not count an external script, whatever its text', () => {
    const narrowed = narrowPolicy(page(sitePolicy, `<script type="module" src="/a.js">${OTHER}</script>`));
    expect(narrowed).not.toContain(hash(OTHER));
    expect(narrowed).toContain("script-src 'self';");
  });

  it('keeps a hash of another algorithm when an inline script has that digest', () => {
    const policy = `script-src 'self' ${hash(THEME, 'sha384')} ${hash(OTHER, 'sha384')}`;
    const narrowed = narrowPolicy(page(policy, `<script>${THEME}</script>`));
    expect(narrowed).toContain(hash(THEME, 'sha384'));
    expect(narrowed).not.toContain(hash(OTHER, 'sha384'));
  });

  it('leaves hashes in other directives, and pages without a policy or without hashes, byte for byte', () => {
    const elsewhere = page(`default-src 'self';img-src 'self' ${hash(OTHER)}`, '<p>x</p>');
    expect(narrowPolicy(elsewhere)).toBe(elsewhere);
    const none = '<!DOCTYPE html><html><head></head><body><script>x()</script></body></html>';
    expect(narrowPolicy(none)).toBe(none);
    const plain = page("default-src 'self';script-src 'self'", `<script>${THEME}</script>`);
    expect(narrowPolicy(plain)).toBe(plain);
  });

  it('never adds a hash: an inline script the policy does not list stays unlisted', () => {
    const narrowed = narrowPolicy(page(`script-src 'self' ${hash(OTHER)}`, `<script>${THEME}</script>`));
    expect(narrowed).not.toContain(hash(THEME));
  });
});

describe('inline blocks', () => {
  it('are found as the HTML parser finds them, not inside attribute values or comments', () => {
    // Data text in an attribute: "<script>" there is text. A naive scan would take it for a script
    // that runs on to the theme script's end tag, and miss the theme script.
    const body = `<meta name="description" content="Skill <script>window.hostile"><!-- <script>no() --><script>${THEME}</script>`;
    const html = page(sitePolicy, body);
    expect(inlineBlocks(html).map((b) => b.text)).toEqual([THEME]);
    expect(narrowPolicy(html)).toContain(hash(THEME));
  });

  it('end at their first end tag, whatever its case, and keep the text byte for byte', () => {
    const blocks = inlineBlocks(`<STYLE media="print">${STYLE}</Style ><script type="module">a<b</SCRIPT>`);
    expect(blocks).toEqual([
      { tag: 'style', attributes: ' media="print"', text: STYLE },
      { tag: 'script', attributes: ' type="module"', text: 'a<b' },
    ]);
  });
});
