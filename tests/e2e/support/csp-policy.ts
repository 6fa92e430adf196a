/**
 * Reads a built page's Content-Security-Policy without a browser and checks it against the site's rules:
 * a policy <meta> before any script, no 'unsafe-inline' or 'unsafe-eval' for scripts, no origin but the
 * site's own, object-src 'none', base-uri 'self', and the hash of every inline script listed.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
/** Inline scripts that run: no src, and a JavaScript type (JSON-LD and other data blocks do not run). */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;

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
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const type = /\btype="([^"]*)"/i.exec(match[1] ?? '')?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') continue; // a data block, e.g. JSON-LD
    if (match.index < metaAt) problems.push('an inline script comes before the policy <meta>');
    const hash = `'sha256-${createHash('sha256')
      .update(match[2] ?? '')
      .digest('base64')}'`;
    if (!scriptSources.includes(hash)) problems.push(`an inline script's hash ${hash} is not listed in script-src`);
  }
  return problems;
}
