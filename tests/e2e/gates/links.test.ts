/**
 * Gate: every internal link, asset and #fragment on every built page resolves to a file in dist/ (and an id on
 * that page), and nothing but a link a person follows points to another origin. Reads the files, no browser.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basePath, builtPages, DIST, filesBelow } from '../support/built-pages';
import { parsePageFile, type ParsedPage, type Reference } from '../support/html-references';

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

const base = basePath();
const pages = builtPages();
const parsed = new Map<string, ParsedPage>(pages.map((page) => [page.file, parsePageFile(page.file)]));

/**
 * The origins that mean "this site" in absolute URLs (canonical, og:url): the one the build wrote into its
 * sitemap, and SITE_URL when set.
 */
function siteOrigins(): Set<string> {
  const origins = new Set<string>();
  const sitemap = `${DIST}/sitemap-index.xml`;
  const loc = existsSync(sitemap) ? /<loc>([^<]+)<\/loc>/.exec(readFileSync(sitemap, 'utf8'))?.[1] : undefined;
  if (loc) origins.add(new URL(loc).origin);
  if (process.env.SITE_URL) origins.add(new URL(process.env.SITE_URL).origin);
  return origins;
}
const ownOrigins = siteOrigins();

/** May this reference point to another origin? Only what a person chooses to follow, never what loads. */
function mayLeaveOrigin(reference: Reference): boolean {
  if ((reference.tag === 'a' || reference.tag === 'area') && reference.attribute === 'href') return true;
  if (reference.tag === 'link') return reference.rel.every((rel) => DESCRIPTIVE_RELS.has(rel));
  // cite is never fetched; <meta> URLs are read by crawlers or navigate like a link.
  return reference.attribute === 'cite' || reference.tag === 'meta';
}

/** Where a site path lives in dist/, or why it does not. */
function fileFor(pathBelowBase: string): { file?: string; problem?: string } {
  const path = `${DIST}/${pathBelowBase}`;
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

interface Problem {
  /** broken: points at nothing; offsite: makes the browser load something from another origin. */
  kind: 'broken' | 'offsite';
  message: string;
}

/** What is wrong with one reference on a page at `urlPath`, or undefined when it is fine. */
function problemWith(reference: Reference, urlPath: string, ownFile: string): Problem | undefined {
  const message = checkReference(reference, urlPath, ownFile);
  if (!message) return undefined;
  return { kind: message.startsWith('loads from another origin') ? 'offsite' : 'broken', message };
}

function checkReference(reference: Reference, urlPath: string, ownFile: string): string | undefined {
  const { url } = reference;
  if (NOT_FETCHED_SCHEMES.test(url) || /^data:/i.test(url)) return undefined;
  if (/^javascript:/i.test(url)) return 'is a javascript: URL, which does nothing without JavaScript';
  let resolved: URL;
  try {
    resolved = new URL(url, `${SELF}${urlPath}`);
  } catch {
    return 'is not a valid URL';
  }
  const internal = resolved.origin === SELF || ownOrigins.has(resolved.origin);
  if (!internal) {
    if (!/^https?:$/.test(resolved.protocol)) return `uses the unexpected scheme ${resolved.protocol}`;
    return mayLeaveOrigin(reference)
      ? undefined
      : `loads from another origin (${resolved.origin}); serve it from this site instead`;
  }
  const path = decodeURIComponent(resolved.pathname);
  if (!path.startsWith(base)) return `is outside the base path ${base}: build it with href() from @/lib/site/urls`;
  const sameDocument = url.startsWith('#');
  const target = sameDocument ? { file: ownFile } : fileFor(path.slice(base.length));
  if (!target.file) return target.problem;
  const fragment = decodeURIComponent(resolved.hash.slice(1));
  // "#" and "#top" are defined by HTML to scroll to the top, with no element needed.
  if (!fragment || fragment.toLowerCase() === 'top' || !target.file.endsWith('.html')) return undefined;
  return idsOf(target.file).has(fragment) ? undefined : `names #${fragment}, but ${target.file} has no such id`;
}

const problems = pages.flatMap((page) =>
  parsed.get(page.file)!.references.flatMap((reference) => {
    const problem = problemWith(reference, page.urlPath, page.file);
    const what = `<${reference.element} ${reference.attribute}="${reference.url}"> ${problem?.message}`;
    return problem ? [{ kind: problem.kind, what, page: page.urlPath }] : [];
  }),
);

/** One line per distinct problem, naming the pages it is on (shared headers repeat a bad link everywhere). */
function report(kind: Problem['kind']): string[] {
  const pagesByProblem = new Map<string, Set<string>>();
  for (const problem of problems.filter((p) => p.kind === kind)) {
    pagesByProblem.set(problem.what, (pagesByProblem.get(problem.what) ?? new Set()).add(problem.page));
  }
  return [...pagesByProblem].map(([what, on]) => {
    const names = [...on];
    const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
    return `${what}\n    on ${names.slice(0, 3).join(', ')}${more}`;
  });
}

describe('internal links and anchors of every built page', () => {
  it(`resolve to built files and existing ids (${pages.length} pages)`, () => {
    expect(pages.length).toBeGreaterThan(0);
    const broken = report('broken');
    expect(broken, `broken internal references:\n${broken.join('\n')}\n`).toEqual([]);
  });

  it('load nothing from another origin: only <a href> may point off-site', () => {
    const offsite = report('offsite');
    expect(offsite, `off-origin resources:\n${offsite.join('\n')}\n`).toEqual([]);
  });
  it('stylesheets import nothing from another origin and their url()s exist', () => {
    const problems: string[] = [];
    for (const file of filesBelow(DIST).filter((name) => name.endsWith('.css'))) {
      const css = readFileSync(`${DIST}/${file}`, 'utf8');
      const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map(
        (match) => match[2] ?? match[4] ?? '',
      );
      for (const url of urls) {
        if (/^(data:|#)/i.test(url)) continue;
        const resolved = new URL(url, `${SELF}${base}${file}`);
        if (resolved.origin !== SELF) {
          problems.push(`${DIST}/${file}: url(${url}) loads from another origin (${resolved.origin})`);
          continue;
        }
        const target = fileFor(decodeURIComponent(resolved.pathname).slice(base.length));
        if (!target.file) problems.push(`${DIST}/${file}: url(${url}) ${target.problem}`);
      }
    }
    expect(problems, `stylesheet references:\n${problems.join('\n')}\n`).toEqual([]);
  });
});
