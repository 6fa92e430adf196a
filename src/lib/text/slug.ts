/**
 * Longest slug made from free text (skill and employer names become page folders, and a file name may
 * have at most 255 bytes): a longer one keeps its start, cut at a hyphen, and ends in a short hash of
 * the whole slug, so two long names that share a start still get different slugs.
 */
export const MAX_SLUG_LENGTH = 100;
const HASH_LENGTH = 8;

/** FNV-1a, 32 bits, as 8 hex digits: short, stable across runs and platforms, one pass. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(HASH_LENGTH, '0');
}

/** A slug cut to MAX_SLUG_LENGTH with its hash suffix; shorter slugs are returned as they are. */
export function boundedSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const room = MAX_SLUG_LENGTH - HASH_LENGTH - 1;
  const start = slug.slice(0, room + 1);
  const cut = start.lastIndexOf('-');
  const head = (cut > room / 2 ? start.slice(0, cut) : start.slice(0, room)).replace(/-$/, '');
  return `${head}-${shortHash(slug)}`;
}

/** Turns a display name into a URL slug: "C++ Programming" → "c-plus-plus-programming"; see MAX_SLUG_LENGTH. */
export function slugify(name: string): string {
  return boundedSlug(plainSlug(name));
}

/** Every regex here consumes what it matches and never backtracks over it: one pass each. */
function plainSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''); // runs of hyphens are single after the line above
}

/**
 * The key under which names match across files and roles: case-insensitive and
 * blind to repeated or surrounding white space ("Global  Account" = "global account").
 */
export function matchKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');
}
