/**
 * Sentences of the career parts of an occupation page (job outlook, how to become one, interests,
 * work styles, similar occupations), computed from its OfficialRecord. BLS's growth phrases ("much
 * faster than average"…) have ranges that BLS sets anew for each projections cycle and that are not
 * in the data, so the comparison with all occupations is stated in numbers, never in those phrases.
 */
import type { Outlook, InterestArea, Projection } from '@/lib/occupation/career';
import type { OfficialRecord } from '@/lib/occupation/figures';
import { formatDecimal, formatList, formatUsd } from '@/lib/format';
import { possessive } from '@/lib/text/sentences';

/** Thousands as BLS publishes them, one decimal always: 49 → "49.0 thousand". */
export function thousands(n: number): string {
  const text = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
  return `${text.replace('-', '\u2212')} thousand`;
}

/** A signed percent change, one decimal: 4.7 → "+4.7%", -2 → "−2.0%", 0 → "0.0%". */
export function signedPercent(n: number): string {
  const text = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(n);
  return `${text.replace('-', '\u2212')}%`;
}

/** Thousands with a sign: 29 → "+29.0 thousand". */
function signedThousands(n: number): string {
  return n > 0 ? `+${thousands(n)}` : thousands(n);
}

/** When BLS projects only a wider group than the occupation, the sentence that says so; else undefined. */
export function projectionCoverageSentence(title: string, outlook: Outlook): string | undefined {
  const { socTitle, socCode } = outlook.projection;
  const group = `${socTitle} (SOC ${socCode})`;
  switch (outlook.matchedBy) {
    case 'soc-code':
      return undefined;
    case 'soc-parent':
      return `BLS does not project ${title} on their own: these are the projections for the SOC occupation that includes it, ${group}.`;
    case 'soc-broad-group':
      return `BLS projects only the broad group ${group}, which includes ${title}: these are the group's projections.`;
  }
}

/**
 * "BLS projects employment of sales managers to grow from 619.5 thousand in 2024 to 648.5 thousand
 * in 2034, a change of +29.0 thousand (+4.7%)."
 */
export function outlookSentence(p: Projection): string {
  const verb = p.change > 0 ? 'grow' : p.change < 0 ? 'decline' : 'stay';
  const path =
    verb === 'stay'
      ? `at ${thousands(p.employmentBase)} from ${p.baseYear} to ${p.projectedYear}`
      : `from ${thousands(p.employmentBase)} in ${p.baseYear} to ${thousands(p.employmentProjected)} in ${p.projectedYear}`;
  return `BLS projects employment of ${p.socTitle.toLowerCase()} to ${verb} ${path}, a change of ${signedThousands(p.change)} (${signedPercent(p.changePct)}).`;
}

/**
 * The occupation's projected change against all occupations', as published (one decimal):
 * "That is faster than the +3.1% projected for all occupations."
 */
export function comparedWithAllSentence(outlook: Outlook): string {
  const own = outlook.projection.changePct;
  const all = outlook.allOccupations.changePct;
  const allText = `the ${signedPercent(all)} projected for all occupations`;
  if (own === all) return `That is the same rate as ${allText}.`;
  if (own < 0 && all > 0) return `That is a decline, against ${allText}.`;
  const faster = own > all;
  const diff = formatDecimal(Math.abs(Math.round((own - all) * 10) / 10));
  return `That is ${faster ? 'faster' : 'slower'} than ${allText}, by ${diff} percentage points.`;
}

/** "About 49.0 thousand openings a year are projected, on average, over 2024–34." */
export function openingsSentence(p: Projection): string {
  return `About ${thousands(p.openingsAnnual)} openings a year are projected, on average, over ${p.baseYear}–${String(p.projectedYear).slice(2)}, including those from workers who leave the occupation.`;
}

/** BLS's flag words for the projections' markers. */
export const PROJECTION_FLAG_WORDS = { not_available: 'not available', top_coded: 'at or above the top-coded wage' };

/** A projection figure as text: the value, or BLS's reason in words. */
export function projectionText<T>(value: T | 'not_available' | 'top_coded', format: (v: T) => string): string {
  if (value === 'not_available') return PROJECTION_FLAG_WORDS.not_available;
  if (value === 'top_coded') return PROJECTION_FLAG_WORDS.top_coded;
  return format(value as T);
}

/** The rows of "How to become one", in BLS's words; rows BLS leaves out are left out. */
export function howToBecomeRows(p: Projection): { label: string; value: string }[] {
  const rows: { label: string; value: string }[] = [];
  if (p.education !== undefined)
    rows.push({ label: 'Typical education needed for entry', value: projectionText(p.education, String) });
  if (p.workExperience !== undefined)
    rows.push({ label: 'Work experience in a related occupation', value: projectionText(p.workExperience, String) });
  if (p.jobTraining !== undefined)
    rows.push({ label: 'Typical on-the-job training', value: projectionText(p.jobTraining, String) });
  if (p.medianWage !== undefined)
    rows.push({ label: `Median annual wage, May ${p.baseYear}`, value: projectionText(p.medianWage, formatUsd) });
  return rows;
}

export const INTEREST_LABELS: Record<InterestArea, string> = {
  realistic: 'Realistic',
  investigative: 'Investigative',
  artistic: 'Artistic',
  social: 'Social',
  enterprising: 'Enterprising',
  conventional: 'Conventional',
};

/** "O*NET's interest high points for Sales Managers are Enterprising and Conventional." */
export function interestsSentence(official: OfficialRecord): string | undefined {
  const profile = official.interests;
  if (!profile) return undefined;
  const top = [...profile.scores].sort((a, b) => b.score - a.score)[0]!;
  const points = profile.highPoints.map((a) => INTEREST_LABELS[a]);
  const highest = `${INTEREST_LABELS[top.area]} scores highest, ${formatDecimal(top.score)} on O*NET's 1–7 scale`;
  if (points.length === 0) return `${highest}; O*NET names no high point for ${official.title}.`;
  return `O*NET's interest high ${points.length === 1 ? 'point' : 'points'} for ${official.title}: ${formatList(points)}. ${highest}.`;
}

/** "Similar by skills: 10 occupations; O*NET also lists 4 of them as related." */
export function similarSentence(official: OfficialRecord): string | undefined {
  const list = official.similar;
  if (list.length === 0) return undefined;
  const agreed = list.filter((s) => s.onetRelated).length;
  const base = `These ${list.length} occupations have the skill and knowledge importance profiles closest to ${possessive(official.title)}.`;
  if (agreed === 0) return `${base} O*NET's list of related occupations includes none of them.`;
  return `${base} O*NET's list of related occupations includes ${agreed === list.length ? 'all' : agreed} of them, marked below.`;
}
