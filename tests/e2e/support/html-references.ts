/** Reads built HTML without a browser: every URL a page refers to, and the ids a fragment can point at. */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';

/** One URL written into a page, with enough context to find and judge it. */
export interface Reference {
  /** The element as a short selector-like label, e.g. 'a', 'link[rel=stylesheet]', 'img'. */
  element: string;
  tag: string;
  attribute: string;
  /** The URL exactly as written (entities decoded). */
  url: string;
  /** The element's rel tokens, lower-cased (links only). */
  rel: string[];
}

export interface ParsedPage {
  references: Reference[];
  /** Every id, and every <a name>, on the page: the targets a #fragment may name. */
  ids: Set<string>;
}

/** Attributes whose value is one URL. */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'poster', 'data', 'action', 'formaction', 'cite', 'background'];
/** Social-card metadata whose content is a URL on this site (crawlers fetch them, so they must exist). */
const URL_META = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']);

function label(element: HTMLElement, rel: string[]): string {
  const tag = element.tagName.toLowerCase();
  return tag === 'link' && rel.length > 0 ? `link[rel=${rel.join(' ')}]` : tag;
}

/** Each URL in a srcset list ("a.png 1x, b.png 2x"). */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

export function parsePage(html: string): ParsedPage {
  // Only script and style bodies are raw text; <noscript> and <pre> hold markup whose links count.
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const references: Reference[] = [];
  const ids = new Set<string>();
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    const id = element.getAttribute('id');
    if (id) ids.add(id);
    if (tag === 'a' && element.getAttribute('name')) ids.add(element.getAttribute('name')!);
    const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const add = (attribute: string, url: string) =>
      references.push({ element: label(element, rel), tag, attribute, url: url.trim(), rel });
    for (const attribute of URL_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value !== undefined) add(attribute, value);
    }
    for (const attribute of ['srcset', 'imagesrcset']) {
      const value = element.getAttribute(attribute);
      if (value) for (const url of srcsetUrls(value)) add(attribute, url);
    }
    if (tag === 'meta') {
      const content = element.getAttribute('content') ?? '';
      const property = (element.getAttribute('property') ?? element.getAttribute('name') ?? '').toLowerCase();
      if (URL_META.has(property)) add(`content (${property})`, content);
      const refresh = /^\s*\d+\s*[;,]\s*url\s*=\s*['"]?([^'"]+)/i.exec(content);
      if ((element.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh' && refresh?.[1]) {
        add('content (refresh)', refresh[1]);
      }
    }
  }
  return { references, ids };
}

export function parsePageFile(file: string): ParsedPage {
  return parsePage(readFileSync(file, 'utf8'));
}
