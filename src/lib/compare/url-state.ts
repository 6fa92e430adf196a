/**
 * The comparison tool keeps its whole state in the address: `?roles=<id>,<id>[,…]`.
 * Parsing never throws: unknown, repeated and surplus ids are reported and left out, and the
 * normalised query is returned so the page can replace a messy address with a clean one.
 */

export const MIN_ROLES = 2;
export const MAX_ROLES = 4;
export const ROLES_PARAM = 'roles';
/** `view=tables`: the tool shows every chart as a table (kept in the address like the roles). */
export const VIEW_PARAM = 'view';

/** What an address asks the tool to compare, after normalisation. */
export interface RolesSelection {
  /** Known role ids to compare, in address order, without repeats, at most MAX_ROLES. */
  ids: string[];
  /** Ids in the address that no role has, as written. */
  unknown: string[];
  /** Known ids named more than once (each reported once). */
  duplicates: string[];
  /** Known ids beyond the first MAX_ROLES, left out. */
  overflow: string[];
}

/**
 * Reads `?roles=` from a query string (with or without the leading "?"). Ids are separated by
 * commas (also accepted: repeated `roles` parameters), trimmed, and matched exactly or, failing
 * that, ignoring case.
 */
export function parseRoles(search: string, knownIds: readonly string[]): RolesSelection {
  const params = new URLSearchParams(search);
  const requested = params
    .getAll(ROLES_PARAM)
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const known = new Set(knownIds);
  const byLowerCase = new Map(knownIds.map((id) => [id.toLowerCase(), id]));
  const selection: RolesSelection = { ids: [], unknown: [], duplicates: [], overflow: [] };
  for (const raw of requested) {
    const id = known.has(raw) ? raw : byLowerCase.get(raw.toLowerCase());
    if (id === undefined) {
      if (!selection.unknown.includes(raw)) selection.unknown.push(raw);
    } else if (selection.ids.includes(id) || selection.overflow.includes(id)) {
      if (!selection.duplicates.includes(id)) selection.duplicates.push(id);
    } else if (selection.ids.length >= MAX_ROLES) {
      selection.overflow.push(id);
    } else {
      selection.ids.push(id);
    }
  }
  return selection;
}

/**
 * The query string for a selection, keeping any other parameters: `?roles=a,b` (commas left
 * readable), or the other parameters alone when nothing is selected. Returns "" for no query.
 */
export function serialiseRoles(ids: readonly string[], search = ''): string {
  const params = new URLSearchParams(search);
  params.delete(ROLES_PARAM);
  const rest = params.toString();
  const roles = ids.length > 0 ? `${ROLES_PARAM}=${ids.map(encodeURIComponent).join(',')}` : '';
  const query = [roles, rest].filter((part) => part !== '').join('&');
  return query === '' ? '' : `?${query}`;
}

/** True when the address already says exactly what the selection says (no rewrite needed). */
export function isCanonical(search: string, ids: readonly string[]): boolean {
  const current = search.startsWith('?') || search === '' ? search : `?${search}`;
  return current === serialiseRoles(ids, search);
}

/** True when the address asks for the table view (`view=tables`). */
export const readTablesView = (search: string): boolean => new URLSearchParams(search).get(VIEW_PARAM) === 'tables';

/** The query string with the table view on or off, keeping every other parameter ("" for no query). */
export function withTablesView(search: string, tables: boolean): string {
  const params = new URLSearchParams(search);
  if (tables) params.set(VIEW_PARAM, 'tables');
  else params.delete(VIEW_PARAM);
  const roles = params.getAll(ROLES_PARAM).join(',');
  params.delete(ROLES_PARAM);
  return serialiseRoles(roles === '' ? [] : roles.split(','), params.toString());
}
