/** Every internal link, built in one place so that BASE_PATH is always respected. */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A path inside the site, e.g. href('roles/x/') → '/sub/roles/x/' when deployed under /sub/. */
export function href(path = ''): string {
  return `${base}${path.replace(/^\//, '')}`;
}

export const roleHref = (id: string) => href(`roles/${id}/`);
export const skillHref = (slug: string) => href(`skills/${slug}/`);
export const employerHref = (slug: string) => href(`employers/${slug}/`);
export const comparisonHref = (id: string) => href(`compare/${id}/`);
