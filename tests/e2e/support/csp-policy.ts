/**
 * Reads a built page's Content-Security-Policy without a browser and checks it against the site's rules:
 * a policy <meta> before any script, no 'unsafe-inline' or 'unsafe-eval' for scripts, no origin but the
 * site's own, object-src 'none', base-uri 'self', the hash of every inline script listed, and no hash
 * listed that no inline script or style of the page has.
 */
import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The page's inline scripts and styles as an HTML parser finds them (not a text search, which would take
 * "<script" in an attribute value for a script): where each starts, whether it runs, and its hash.
 */
function inlineElements(html: string) {
  const root = parse(html, { blockTextElements: { script: true, style: true } });
  return root.querySelectorAll('script, style').flatMap((element) => {
    if (element.tagName === 'SCRIPT' && element.hasAttribute('src')) return [];
    const type = element.getAttribute('type')?.toLowerCase();
    // Inline scripts that run: a JavaScript type (JSON-LD and other data blocks do not run).
    const runs = element.tagName === 'SCRIPT' && (!type || type === 'module' || type === 'text/javascript');
    return [{ at: element.range[0], script: element.tagName === 'SCRIPT', runs, hash: sha256(element.rawText) }];
  });
}

export function policyOf(html: string): Map<string, string[]> | undefined {
  const content = META.exec(html)?.[1];
  if (content === undefined) return undefined;
  const decoded = content
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  const directives = new Map<string, string[]>();
  for (const part of decoded.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Every rule the page breaks, in words; empty when it keeps them all. */
export function policyProblems(html: string): string[] {
  const policy = policyOf(html);
  if (!policy) return ['has no Content-Security-Policy <meta>'];
  const problems: string[] = [];
  const expect = (directive: string, sources: string[]) => {
    if ((policy.get(directive) ?? []).join(' ') !== sources.join(' ')) {
      problems.push(`${directive} is "${(policy.get(directive) ?? []).join(' ')}", expected "${sources.join(' ')}"`);
    }
  };
  expect('object-src', ["'none'"]);
  expect('base-uri', ["'self'"]);
  expect('default-src', ["'self'"]);
  for (const [directive, sources] of policy) {
    for (const source of sources) {
      const allowed =
        source === "'self'" ||
        source === "'none'" ||
        /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source) ||
        ((source === 'data:' || source === 'blob:') && directive === 'img-src');
      if (!allowed) problems.push(`${directive} allows ${source}`);
    }
  }
  const scriptSources = policy.get('script-src') ?? policy.get('default-src') ?? [];
  const metaAt = html.search(META);
  const inline = inlineElements(html);
  for (const element of inline.filter((e) => e.runs)) {
    if (element.at < metaAt) problems.push('an inline script comes before the policy <meta>');
    if (!scriptSources.includes(element.hash)) {
      problems.push(`an inline script's hash ${element.hash} is not listed in script-src`);
    }
  }
  // Least privilege: each hash listed is the digest of an inline script or style on this very page.
  const present = new Set(inline.map((e) => e.hash));
  for (const directive of ['script-src', 'style-src']) {
    for (const source of policy.get(directive) ?? []) {
      if (source.startsWith("'sha256-") && !present.has(source)) {
        problems.push(`${directive} lists ${source}, which no inline script or style of the page has`);
      }
    }
  }
  return problems;
}
