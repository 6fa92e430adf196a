/**
 * The printed role card (a recruiter's one-pager, two sheets at most): every section stays, long
 * lists are cut to their first entries, and a line says how many the page online has. Entries past
 * the cut are marked `data-print="hide"`, which the print style sheet leaves off paper.
 */

/** How many entries of each list the printed card keeps. */
export const PRINTED = {
  responsibilities: 2,
  technologies: 3,
  tasks: 2,
  titles: 3,
  related: 3,
  /** Characters of the description: its first sentences up to about this length. */
  descriptionChars: 300,
} as const;

/** `data-print` of a list's entry at `index` (0-based) when `keep` are printed. */
export const printMark = (index: number, keep: number): 'hide' | undefined => (index >= keep ? 'hide' : undefined);

/** "4 of 9 responsibilities are printed; the rest are online." — undefined when all are printed. */
export function printedOfSentence(keep: number, total: number, what: string): string | undefined {
  if (total <= keep) return undefined;
  return `${keep.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${what} are printed; the rest are online.`;
}
