/** The main navigation and which of its sections a page belongs to. */
import { href } from '@/lib/site/urls';

export interface NavItem {
  label: string;
  /** Path of the section's index page inside the site, e.g. "roles/". */
  path: string;
}

export const MAIN_NAV: readonly NavItem[] = [
  { label: 'Roles', path: 'roles/' },
  { label: 'Skills', path: 'skills/' },
  { label: 'Employers', path: 'employers/' },
  { label: 'Compare', path: 'compare/' },
  { label: 'Match', path: 'match/' },
  { label: 'About', path: 'about/' },
];

/**
 * aria-current for a nav link on the page at `pathname` (with the base path): "page" on the
 * section's own index page, "true" anywhere inside the section, undefined elsewhere.
 */
export function navCurrent(item: NavItem, pathname: string, base = href()): 'page' | 'true' | undefined {
  const page = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const section = `${base.replace(/\/?$/, '/')}${item.path}`;
  if (page === section) return 'page';
  return page.startsWith(section) ? 'true' : undefined;
}
