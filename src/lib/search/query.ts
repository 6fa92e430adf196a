/** The query of a search page address ("?q=…"), or '' when there is none. Kept import-free: it runs before intent. */
export function queryOfSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}
