/**
 * Checks every URL written into the built pages without a browser: internal links and assets must resolve to
 * files in dist/ (and #fragments to ids on the target page), and only links a person follows may point to
 * another origin. Used by the links gate; unit-tested on a fixture site.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basePath, builtPages, DIST, filesBelow } from './built-pages';
import { parsePageFile, type ParsedPage, type Reference } from './html-references';

export interface LinkProblem {
  /** broken: points at nothing; offsite: makes the browser load something from another origin. */
  kind: 'broken' | 'offsite';
  /** The reference and what is wrong with it, e.g. '<a href="/x/"> not built (no dist/x/index.html)'. */
  what: string;
  /** The page it is on (URL path), or the stylesheet file. */
  on: string;
}

/** Stands in for this site's origin while resolving relative URLs. */
const SELF = 'http://this-site.invalid';
/** Link relations that only describe another document; the browser does not fetch them. */
const DESCRIPTIVE_RELS = new Set([
  'alternate',
  'author',
  'bookmark',
  'canonical',
  'external',
  'help',
  'license',
  'me',
  'next',
  'nofollow',
  'noopener',
  'noreferrer',
  'prev',
]);
const NOT_FETCHED_SCHEMES = /^(mailto|tel|sms):/i;
const OFFSITE = 'loads from another origin';

/**
 * The origins that mean "this site" in absolute URLs (canonical, og:url): the one the build wrote into its
 * sitemap, and SITE_URL when set.
 */
export function siteOrigins(dist = DIST): Set<string> {
  const origins = new Set<string>();
  const sitemap = `${dist}/sitemap-index.xml`;
  const loc = existsSync(sitemap) ? /<loc>([^<]+)<\/loc>/.exec(readFileSync(sitemap, 'utf8'))?.[1] : undefined;
  if (loc) origins.add(new URL(loc).origin);
  if (process.env.SITE_URL) origins.add(new URL(process.env.SITE_URL).origin);
  return origins;
}

/** May this reference point to another origin? Only what a person chooses to follow, never what loads. */
function mayLeaveOrigin(reference: Reference): boolean {
  if ((reference.tag === 'a' || reference.tag === 'area') && reference.attribute === 'href') return true;
  if (reference.tag === 'link') return reference.rel.every((rel) => DESCRIPTIVE_RELS.has(rel));
  // cite is never fetched; <meta> URLs are read by crawlers or navigate like a link.
  return reference.attribute === 'cite' || reference.tag === 'meta';
}

export interface LinkCheckOptions {
  dist?: string;
  /** Base path, ending in '/'. */
  base?: string;
  /** Origins of absolute URLs that point into this site. */
  origins?: Set<string>;
}

export function checkLinks({ dist = DIST, base = basePath(), origins = siteOrigins(dist) }: LinkCheckOptions = {}) {
  const pages = builtPages(dist, base);
  const parsed = new Map<string, ParsedPage>(pages.map((page) => [page.file, parsePageFile(page.file)]));

  /** Where a site path lives in dist/, or why it does not. */
  function fileFor(pathBelowBase: string): { file?: string; problem?: string } {
    const path = `${dist}/${pathBelowBase}`;
    if (pathBelowBase === '' || pathBelowBase.endsWith('/')) {
      const file = `${path}index.html`;
      return existsSync(file) ? { file } : { problem: `not built (no ${file})` };
    }
    if (!existsSync(path)) return { problem: `not built (no ${path})` };
    if (statSync(path).isDirectory()) {
      return { problem: `is a folder: link to "${pathBelowBase}/" (the site uses trailing slashes)` };
    }
    return { file: path };
  }

  function idsOf(file: string): Set<string> {
    let page = parsed.get(file);
    if (!page) parsed.set(file, (page = parsePageFile(file)));
    return page.ids;
  }

  /** What is wrong with one reference on the page at `urlPath`, or undefined when it is fine. */
  function check(reference: Reference, urlPath: string, ownFile: string): string | undefined {
    const { url } = reference;
    if (NOT_FETCHED_SCHEMES.test(url) || /^data:/i.test(url)) return undefined;
    if (/^javascript:/i.test(url)) return 'is a javascript: URL, which does nothing without JavaScript';
    let resolved: URL;
    try {
      resolved = new URL(url, `${SELF}${urlPath}`);
    } catch {
      return 'is not a valid URL';
    }
    if (resolved.origin !== SELF && !origins.has(resolved.origin)) {
      if (!/^https?:$/.test(resolved.protocol)) return `uses the unexpected scheme ${resolved.protocol}`;
      return mayLeaveOrigin(reference) ? undefined : `${OFFSITE} (${resolved.origin}); serve it from this site`;
    }
    const path = decodeURIComponent(resolved.pathname);
    if (!path.startsWith(base)) return `is outside the base path ${base}: build it with href() from @/lib/site/urls`;
    const target = url.startsWith('#') ? { file: ownFile } : fileFor(path.slice(base.length));
    if (!target.file) return target.problem;
    const fragment = decodeURIComponent(resolved.hash.slice(1));
    // "#" and "#top" are defined by HTML to scroll to the top, with no element needed.
    if (!fragment || fragment.toLowerCase() === 'top' || !target.file.endsWith('.html')) return undefined;
    return idsOf(target.file).has(fragment) ? undefined : `names #${fragment}, but ${target.file} has no such id`;
  }

  const problems: LinkProblem[] = pages.flatMap((page) =>
    parsed.get(page.file)!.references.flatMap((reference) => {
      const message = check(reference, page.urlPath, page.file);
      if (!message) return [];
      const kind = message.startsWith(OFFSITE) ? ('offsite' as const) : ('broken' as const);
      return [
        { kind, what: `<${reference.element} ${reference.attribute}="${reference.url}"> ${message}`, on: page.urlPath },
      ];
    }),
  );

  // The sitemaps and robots.txt name pages by absolute URL on this site's origin: each must be built.
  for (const file of filesBelow(dist).filter((name) => /^(sitemap[^/]*\.xml|robots\.txt)$/.test(name))) {
    const text = readFileSync(`${dist}/${file}`, 'utf8');
    const urls = [...text.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>|^sitemap:\s*(\S+)/gim)].map((m) => m[1] ?? m[2] ?? '');
    for (const url of urls) {
      const resolved = new URL(url.replace(/&amp;/g, '&'), `${SELF}${base}`);
      const path = decodeURIComponent(resolved.pathname);
      const problem = !origins.has(resolved.origin)
        ? `is not on this site's origin (${[...origins].join(', ') || 'none found: set SITE_URL'})`
        : !path.startsWith(base)
          ? `is outside the base path ${base}`
          : fileFor(path.slice(base.length)).problem;
      if (problem) problems.push({ kind: 'broken', what: `${url} ${problem}`, on: `${dist}/${file}` });
    }
  }

  for (const file of filesBelow(dist).filter((name) => name.endsWith('.css'))) {
    const css = readFileSync(`${dist}/${file}`, 'utf8');
    for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
      const url = match[2] ?? match[4] ?? '';
      if (/^(data:|#)/i.test(url)) continue;
      const resolved = new URL(url, `${SELF}${base}${file}`);
      const on = `${dist}/${file}`;
      if (resolved.origin !== SELF) {
        problems.push({ kind: 'offsite', what: `url(${url}) ${OFFSITE} (${resolved.origin})`, on });
        continue;
      }
      const target = fileFor(decodeURIComponent(resolved.pathname).slice(base.length));
      if (!target.file) problems.push({ kind: 'broken', what: `url(${url}) ${target.problem}`, on });
    }
  }
  return { pages, problems };
}

/** One line per distinct problem, naming where it is (a shared header repeats a bad link on every page). */
export function reportProblems(problems: LinkProblem[], kind: LinkProblem['kind']): string[] {
  const places = new Map<string, string[]>();
  for (const problem of problems.filter((p) => p.kind === kind)) {
    places.set(problem.what, [...(places.get(problem.what) ?? []), problem.on]);
  }
  return [...places].map(([what, on]) => {
    const more = on.length > 3 ? ` and ${on.length - 3} more` : '';
    return `${what}\n    on ${on.slice(0, 3).join(', ')}${more}`;
  });
}
