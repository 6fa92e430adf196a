/**
 * Each page's Content-Security-Policy narrowed to what that page holds. Astro writes the same
 * script-src and style-src on every page: 'self' plus the hash of every inline script and style of the
 * whole site (14 hashes, about 730 bytes, on each of 4,500 pages), though a page holds one or two of
 * them. Keeping only the hashes of the inline scripts and styles on the page is least privilege (an
 * injected copy of another page's inline script does not run here) and keeps pages small.
 *
 * Only hash sources are ever removed, and only from script-src and style-src; every other source and
 * directive stays byte for byte. A hash is kept when an inline <script> or <style> of the page has that
 * digest; nothing is added (a page whose inline script has no hash fails the policy test, as before).
 * Pure and linear in the page's length.
 */
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
/**
 * One token of the page: a comment, or a whole start tag of any element with its quoted attribute values.
 * Every tag is consumed whole because an attribute value may hold "<script" as text (data text in an
 * attribute is escaped only as far as its quotes need): scanning for "<script" alone would find it there.
 */
const TOKEN = /<!--[\s\S]*?-->|<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
/** The end tags of the two raw text elements, searched from where the element's text starts. */
const END_TAG = { script: /<\/script[\s/>]/gi, style: /<\/style[\s/>]/gi };
const HASH = /^(?:'|&#39;)(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)(?:'|&#39;)$/;
const NARROWED = new Set(['script-src', 'style-src']);

export interface InlineBlock {
  tag: 'script' | 'style';
  /** The start tag's attributes, as written. */
  attributes: string;
  /** The element's text exactly as in the file: what the browser hashes. */
  text: string;
}

/**
 * Every <script> and <style> element of the page, in order, read as the HTML parser reads them: start
 * tags found by scanning whole tags (never inside an attribute value or a comment), each element's text
 * running to its first end tag (both are raw text elements). Linear in the page's length.
 */
export function inlineBlocks(html: string): InlineBlock[] {
  const blocks: InlineBlock[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const name = match[1]?.toLowerCase();
    if (name !== 'script' && name !== 'style') continue; // a comment or another element's tag
    const tag: InlineBlock['tag'] = name;
    const start = TOKEN.lastIndex;
    const close = END_TAG[tag];
    close.lastIndex = start;
    const stop = close.exec(html)?.index ?? html.length;
    blocks.push({ tag, attributes: match[2] ?? '', text: html.slice(start, stop) });
    TOKEN.lastIndex = stop;
  }
  return blocks;
}

/** Digests of every inline script (one without src) and style on the page, as "<algorithm>-<base64>". */
function inlineDigests(html: string, algorithms: ReadonlySet<string>): Set<string> {
  const digests = new Set<string>();
  for (const block of inlineBlocks(html)) {
    if (block.tag === 'script' && /\bsrc\s*=/i.test(block.attributes)) continue;
    for (const algorithm of algorithms) {
      digests.add(`${algorithm}-${createHash(algorithm).update(block.text).digest('base64')}`);
    }
  }
  return digests;
}

/** The page with its policy's script-src and style-src hashes narrowed to its own inline scripts and styles. */
export function narrowPolicy(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const policy = meta[2]!;
  const algorithms = new Set<string>();
  for (const token of policy.split(/[\s;]+/)) {
    const hash = HASH.exec(token);
    if (hash) algorithms.add(hash[1]!);
  }
  if (algorithms.size === 0) return html;
  const present = inlineDigests(html, algorithms);
  const narrowed = policy
    .split(';')
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
      if (!NARROWED.has(name)) return directive;
      return directive.replace(/\s+(\S+)/g, (whole, token: string) => {
        const hash = HASH.exec(token);
        return hash && !present.has(`${hash[1]}-${hash[2]}`) ? '' : whole;
      });
    })
    .join(';');
  return html.slice(0, meta.index) + meta[1] + narrowed + meta[3] + html.slice(meta.index + meta[0].length);
}
