/**
 * A SYNTHETIC search index at the size the official-data issue will bring (about 1,000
 * occupations and 60,000 searchable titles), for benchmarks only: it is never published.
 * Built deterministically: from O*NET 29.3's occupation and alternative titles when
 * ../shared/data/onet-29.3 is present, topped up (or, without O*NET, made entirely) with seeded
 * random variations. It holds nothing else, so it is 60,000 names whatever data/ holds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchEntry, SearchIndex } from '@/lib/search/index-format';

export const SYNTHETIC_NAME_COUNT = 60_000;
const ONET_DIR = join('..', 'shared', 'data', 'onet-29.3');

/** mulberry32: a small seeded generator, so every run builds the same index. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readTsv(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split('\t'));
}

const LEVELS = ['Senior', 'Lead', 'Junior', 'Regional', 'Assistant', 'Chief', 'Principal', 'Associate', 'Deputy'];
const SUFFIXES = ['II', 'III', 'Trainee', 'Specialist', 'Coordinator', 'Supervisor'];
const SUBJECTS = [
  'Account',
  'Sales',
  'Data',
  'Cloud',
  'Network',
  'Marketing',
  'Finance',
  'Logistics',
  'Quality',
  'Product',
  'Customer',
  'Security',
  'Software',
  'Clinical',
  'Research',
  'Field',
  'Retail',
  'Energy',
  'Legal',
  'Design',
];
const JOBS = ['Manager', 'Engineer', 'Analyst', 'Director', 'Technician', 'Consultant', 'Officer', 'Planner', 'Agent'];

export interface SyntheticIndex {
  index: SearchIndex;
  /** Where the names came from, for the results table. */
  origin: string;
}

/** Builds the synthetic index: `names` titles and alternative titles of synthetic occupations. */
export function syntheticIndex(names = SYNTHETIC_NAME_COUNT): SyntheticIndex {
  const random = seededRandom(20250108);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const occupations = new Map<string, { title: string; aliases: string[] }>();
  let origin: string;

  const occupationFile = join(ONET_DIR, 'Occupation Data.txt');
  const titlesFile = join(ONET_DIR, 'Alternate Titles.txt');
  if (existsSync(occupationFile) && existsSync(titlesFile)) {
    for (const [code, title] of readTsv(occupationFile)) {
      if (code && title) occupations.set(code, { title, aliases: [] });
    }
    for (const [code, alternative] of readTsv(titlesFile)) {
      const occupation = code ? occupations.get(code) : undefined;
      if (occupation && alternative) occupation.aliases.push(alternative);
    }
    origin = 'O*NET 29.3 occupation and alternative titles, topped up with seeded variations';
  } else {
    for (let i = 0; i < 1016; i++) {
      occupations.set(`synthetic-${i}`, { title: `${pick(SUBJECTS)} ${pick(JOBS)} ${i}`, aliases: [] });
    }
    origin = 'seeded random titles (O*NET files not found)';
  }

  const list = [...occupations.values()];
  const count = () => list.reduce((n, o) => n + 1 + o.aliases.length, 0);
  let total = count();
  // Top up with variations of existing titles ("Senior …", "… II") until there are `names` names.
  while (total < names) {
    const occupation = pick(list);
    const base = occupation.aliases.length > 0 && random() < 0.7 ? pick(occupation.aliases) : occupation.title;
    const variant = random() < 0.6 ? `${pick(LEVELS)} ${base}` : `${base} ${pick(SUFFIXES)}`;
    occupation.aliases.push(variant);
    total++;
  }
  // Trim from the end when the source has more names than asked for.
  for (let i = list.length - 1; total > names && i >= 0; i--) {
    const occupation = list[i]!;
    const drop = Math.min(occupation.aliases.length, total - names);
    occupation.aliases.length -= drop;
    total -= drop;
  }

  const entries: SearchEntry[] = [...occupations].map(([code, o]) => ({
    kind: 'role' as const,
    title: o.title,
    path: `roles/${code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/`,
    detail: 'Role · synthetic benchmark entry',
    ...(o.aliases.length > 0 && { aliases: o.aliases }),
  }));
  return { index: { format: 1, entries, suggestions: [] }, origin };
}
