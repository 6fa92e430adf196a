/** Every internal link, built in one place so that BASE_PATH is always respected. */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A path inside the site, e.g. href('roles/x/') → '/sub/roles/x/' when deployed under /sub/. */
export function href(path = ''): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** The URL folders of the page families (site/page-families.ts). */
export type PageFolder = 'roles' | 'skills' | 'employers' | 'compare';

/** A page's path inside the site, without the base path: pagePath('roles', 'x') → 'roles/x/'. */
export const pagePath = (folder: PageFolder, id: string) => `${folder}/${id}/`;

export const roleHref = (id: string) => href(pagePath('roles', id));
export const skillHref = (slug: string) => href(pagePath('skills', slug));
export const employerHref = (slug: string) => href(pagePath('employers', slug));
export const comparisonHref = (id: string) => href(pagePath('compare', id));
