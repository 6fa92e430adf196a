/**
 * Every HTML page the build wrote to dist/, found by walking the folder, so the site-wide gates cover pages
 * as soon as they exist without anyone listing them.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

/** Above this many pages, a family of pages built from one template is sampled by the browser gates. */
export const FAMILY_LIMIT = 60;
/** How many pages of a large family the browser gates visit, spread evenly over it. */
export const FAMILY_SAMPLE = 40;

/** Ids of the hand-made roles and comparisons in the data folder: their pages are always checked. */
function handMadePaths(): Set<string> {
  const folder = process.env.DATA_DIR ?? 'data';
  const ids = (file: string, columns: string[]) => {
    try {
      const [header, ...lines] = readFileSync(join(folder, file), 'utf8').trim().split(/\r?\n/);
      const at = columns.map((c) => header!.split(',').indexOf(c));
      return lines.map((line) => at.map((i) => line.split(',')[i]).join('-vs-'));
    } catch {
      return [];
    }
  };
  return new Set([
    ...ids('roles.csv', ['id']).map((id) => `roles/${id}/`),
    ...ids('comparisons.csv', ['role_id', 'other_role_id']).map((id) => `compare/${id}/`),
  ]);
}

/**
 * The pages the browser gates (axe, first load) visit. Every page, while the site is small. At full
 * scale (about 1,000 occupation pages and 3,500 official comparison pages, each family drawn by one
 * template from data of one shape) a browser visit of every page would take hours, so a family of
 * more than FAMILY_LIMIT pages is checked through its hand-made pages plus an even, deterministic
 * sample of FAMILY_SAMPLE pages including its first and last. HTML validity and links still cover
 * every page.
 */
export function browserGatePages(pages: BuiltPage[] = builtPages()): BuiltPage[] {
  const families = new Map<string, BuiltPage[]>();
  for (const page of pages) {
    const family = page.path.split('/').length > 2 ? page.path.split('/')[0]! : '(top)';
    families.set(family, [...(families.get(family) ?? []), page]);
  }
  const always = handMadePaths();
  const chosen = new Set<BuiltPage>();
  for (const members of families.values()) {
    if (members.length <= FAMILY_LIMIT) {
      members.forEach((page) => chosen.add(page));
      continue;
    }
    members.filter((page) => always.has(page.path)).forEach((page) => chosen.add(page));
    const step = (members.length - 1) / (FAMILY_SAMPLE - 1);
    for (let i = 0; i < FAMILY_SAMPLE; i++) chosen.add(members[Math.round(i * step)]!);
  }
  return pages.filter((page) => chosen.has(page));
}
