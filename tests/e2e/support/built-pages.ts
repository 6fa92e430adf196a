/**
 * Every HTML page the build wrote to dist/, found by walking the folder, so the site-wide gates cover pages
 * as soon as they exist without anyone listing them.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built site: dist/, or OUT_DIR where the build went, or DIST_DIR to test a copy (e.g. a snapshot while someone else rebuilds dist/). */
export const DIST = process.env.DIST_DIR ?? process.env.OUT_DIR ?? 'dist';

export interface BuiltPage {
  /** The file on disk, e.g. 'dist/roles/x/index.html'. */
  file: string;
  /** The page's path below the base path, as `siteUrl()` and `useBrowser().open()` take it, e.g. 'roles/x/'. */
  path: string;
  /** The page's full URL path as a browser sees it, base path included, e.g. '/sub/roles/x/'. */
  urlPath: string;
}

/** The base path the site is built and served under, always ending in '/', as the e2e global setup reads it. */
export function basePath(): string {
  return (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
}

/** Every file below `folder`, as paths relative to it with forward slashes, sorted. */
export function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The site path a built file is served at: 'roles/x/index.html' → 'roles/x/', '404.html' → '404.html'. */
export function pathOfFile(fileBelowDist: string): string {
  if (fileBelowDist === 'index.html') return '';
  return fileBelowDist.endsWith('/index.html') ? fileBelowDist.slice(0, -'index.html'.length) : fileBelowDist;
}

/** Every built HTML page, home first, then by path. */
export function builtPages(dist = DIST, base = basePath()): BuiltPage[] {
  return filesBelow(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const path = pathOfFile(file);
      return { file: `${dist}/${file}`, path, urlPath: `${base}${path}` };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The failure line for a listed page the server did not serve: usually dist/ being rebuilt (by another
 * `npm run build`) while the tests run, which otherwise shows up as a cascade of unrelated findings.
 */
export function notServed(page: BuiltPage, status: number | undefined): string {
  return (
    `${page.urlPath}: HTTP ${status ?? 'no response'} for a page that was in ${page.file} when the run began; ` +
    'was dist/ rebuilt during the run? Rebuild, then run the tests alone.'
  );
}
