/**
 * Synthetic resume records (named synthetic wherever they appear): seeded and deterministic, with a realistic
 * shape — titles with variants and typos, Zipf-distributed skills per role, log-normal salaries by industry, an
 * education mix, missing cells, and a share of unmapped and of bad records. For tests, examples and benches only.
 */
import { EDUCATION_LEVELS, RAW_COLUMNS } from '@/lib/records/contract';

/** Mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cumulative weights of a Zipf distribution over n ranks (exponent s). */
function zipf(n: number, s = 1.05): Float64Array {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative[i] = sum += 1 / Math.pow(i + 1, s);
  for (let i = 0; i < n; i++) cumulative[i]! /= sum;
  return cumulative;
}

function pick(cumulative: Float64Array, u: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cumulative[mid]! < u) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface SyntheticRole {
  id: string;
  title: string;
  /** Skills typical of the role, most common first; the shared pool follows. */
  skills: string[];
}

const SHARED_SKILLS = [
  'Communication',
  'Microsoft Excel',
  'Salesforce',
  'Negotiation',
  'Project Management',
  'CRM',
  'Leadership',
  'Customer Service',
  'Presentation',
  'Forecasting',
  'Market Research',
  'SQL',
  'Python',
  'Account Planning',
  'Contract Management',
  'Business Development',
  'Cold Calling',
  'Lead Generation',
  'Pricing',
  'B2B Sales',
  'SaaS',
  'Cloud',
  'Pipeline Management',
  'Strategic Planning',
  'Budgeting',
  'Team Management',
  'Coaching',
  'Data Analysis',
  'Tableau',
  'HubSpot',
  'Google Analytics',
  'Social Media',
  'Product Management',
  'Agile',
  'Scrum',
  'Supply Chain',
  'Logistics',
  'Procurement',
  'Customer Retention',
  'Upselling',
  'Territory Management',
  'Public Speaking',
  'Problem Solving',
  'Time Management',
  'Relationship Building',
  'Digital Marketing',
  'SEO',
  'Java',
  'C++',
  'C#',
  'Core Java',
  'Jira',
  'Confluence',
  'SAP',
  'Oracle',
  'Marketing Strategy',
];
const EMPLOYER_WORDS = [
  [
    'Northwind',
    'Contoso',
    'Fabrikam',
    'Globex',
    'Initech',
    'Umbrella',
    'Stark',
    'Wayne',
    'Acme',
    'Hooli',
    'Vandelay',
    'Tyrell',
  ],
  ['Traders', 'Systems', 'Group', 'Labs', 'Partners', 'Holdings', 'Networks', 'Industries', 'Logistics', 'Health'],
];
/** Industry, share of records, median yearly salary. "Agriculture" is rare, so its salaries are suppressed. */
const INDUSTRIES: [string, number, number][] = [
  ['Technology', 0.34, 98000],
  ['Finance', 0.16, 92000],
  ['Manufacturing', 0.14, 78000],
  ['Retail', 0.12, 61000],
  ['Health Care', 0.1, 74000],
  ['Media', 0.08, 69000],
  ['Education', 0.0595, 58000],
  ['Agriculture', 0.0005, 55000],
];
const EDUCATION_MIX = [0.01, 0.12, 0.09, 0.55, 0.2, 0.03];
const UNMAPPED_TITLES = [
  'Barista',
  'Florist',
  'Chief Executive Officer',
  'Warehouse Associate',
  'Registered Nurse',
  'Truck Driver',
  'Software Developer',
  'Cashier',
  'Electrician',
  'Graphic Designer',
  'Dental Hygienist',
  'Paralegal',
];
const BAD_KINDS = ['salary', 'education', 'date', 'title'] as const;

export interface SyntheticOptions {
  records: number;
  seed: number;
  roles: readonly SyntheticRole[];
  /** Share of records with a title no mapping knows (default 6 %). */
  unmappedShare?: number;
  /** Share of bad records (default 0.5 %). */
  badShare?: number;
}

/** A title as people write it: seniority, plural, case, punctuation, and now and then a typo. */
function titleVariant(title: string, u: () => number): string {
  let out = title;
  const r = u();
  if (r < 0.15) out = `Senior ${out}`;
  else if (r < 0.22) out = `Sr. ${out}`;
  else if (r < 0.27) out = `${out} II`;
  else if (r < 0.35 && !out.endsWith('s')) out = `${out}s`;
  const c = u();
  if (c < 0.25) out = out.toLowerCase();
  else if (c < 0.3) out = out.toUpperCase();
  if (u() < 0.03 && out.length > 6) {
    const i = 2 + Math.floor(u() * (out.length - 4));
    out = out.slice(0, i) + out[i + 1] + out[i] + out.slice(i + 2);
  }
  return out;
}

function skillVariant(skill: string, u: () => number): string {
  const r = u();
  if (r < 0.1) return skill.toLowerCase().replaceAll(' ', '_');
  if (r < 0.18) return skill.toLowerCase();
  if (r < 0.22) return skill.replaceAll(' ', '-');
  if (r < 0.25 && !skill.endsWith('Skills')) return `${skill} Skills`;
  return skill;
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Yields the CSV text in chunks: a header, then one line per record. */
export function* syntheticCsv(options: SyntheticOptions): Generator<string> {
  const u = random(options.seed);
  const unmappedShare = options.unmappedShare ?? 0.06;
  const badShare = options.badShare ?? 0.005;
  const roleWeights = zipf(options.roles.length, 0.8);
  const vocabularies = options.roles.map((role, i) => {
    const pool = SHARED_SKILLS.filter((s) => !role.skills.includes(s));
    const shuffle = random(options.seed + i + 1);
    for (let j = pool.length - 1; j > 0; j--) {
      const k = Math.floor(shuffle() * (j + 1));
      [pool[j], pool[k]] = [pool[k]!, pool[j]!];
    }
    const tail = Array.from({ length: 400 }, (_, j) => `Synthetic Skill ${(i * 400 + j).toString(36)}`);
    return [...role.skills, ...pool, ...tail];
  });
  const skillWeights = vocabularies.map((v) => zipf(v.length, 1.1));
  const employers = EMPLOYER_WORDS[0]!.flatMap((a) => EMPLOYER_WORDS[1]!.map((b) => `${a} ${b}`));
  const employerWeights = zipf(employers.length, 1.2);
  const industryCumulative = Float64Array.from(INDUSTRIES, (_, i) =>
    INDUSTRIES.slice(0, i + 1).reduce((s, x) => s + x[1], 0),
  );
  const educationCumulative = Float64Array.from(EDUCATION_MIX, (_, i) =>
    EDUCATION_MIX.slice(0, i + 1).reduce((s, x) => s + x, 0),
  );
  const start = Date.UTC(2019, 0, 1);
  const days = 6 * 365;

  yield `${RAW_COLUMNS.map((c) => c.name).join(',')}\n`;
  let chunk = '';
  for (let n = 1; n <= options.records; n++) {
    const roleIndex = pick(roleWeights, u());
    const role = options.roles[roleIndex]!;
    const unmapped = u() < unmappedShare;
    let title = unmapped ? UNMAPPED_TITLES[Math.floor(u() * UNMAPPED_TITLES.length)]! : titleVariant(role.title, u);
    const count = 3 + Math.floor(u() * 10);
    const chosen = new Set<string>();
    for (let k = 0; k < count; k++) chosen.add(vocabularies[roleIndex]![pick(skillWeights[roleIndex]!, u())]!);
    const skills = [...chosen].map((s) => skillVariant(s, u)).join(';');
    const employer = u() < 0.1 ? '' : employers[pick(employerWeights, u())]!;
    const industryIndex = pick(industryCumulative, u() * industryCumulative[industryCumulative.length - 1]!);
    const [industry, , median] = INDUSTRIES[industryIndex]!;
    let salary = '';
    let period = '';
    if (u() < 0.7) {
      // Log-normal around the industry median, a role premium, sigma 0.35 (Box–Muller).
      const normal = Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
      const yearly = median * (1 + 0.04 * roleIndex) * Math.exp(0.35 * normal);
      const p = u();
      if (p < 0.85) salary = String(Math.round(yearly));
      else if (p < 0.95) [salary, period] = [String(Math.round(yearly / 12)), 'month'];
      else [salary, period] = [(yearly / 2080).toFixed(2), 'hour'];
    }
    let education = u() < 0.15 ? '' : EDUCATION_LEVELS[pick(educationCumulative, u() * educationCumulative[5]!)]!;
    let date = new Date(start + Math.floor(u() * days) * 86_400_000).toISOString().slice(0, 10);
    if (u() < badShare) {
      const kind = BAD_KINDS[Math.floor(u() * BAD_KINDS.length)]!;
      if (kind === 'salary') salary = `${Math.round(Number(salary || 60000) / 1000)}k`;
      else if (kind === 'education') education = 'phd';
      else if (kind === 'date') date = '2023-02-30';
      else title = '';
    }
    const id = `syn-${n.toString().padStart(9, '0')}`;
    chunk += `${id},${csvCell(title)},${skills},${employer},${industry},${salary},${period},${education},${date}\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
