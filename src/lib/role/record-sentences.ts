/** Sentences about figures computed from records; every number in them comes from the record files. */
import type { RecordFigures } from '@/lib/model/record-figures';
import { formatCount, formatList, formatPercent } from '@/lib/format';

const year = (iso: string | undefined) => iso?.slice(0, 4);

/** "From 12,408 resumes, 2019–2024." or "Fewer than 30 resumes: no figure is published." */
export function recordCountSentence(records: RecordFigures): string {
  if (records.suppressed || records.records === undefined)
    return `From fewer than ${formatCount(records.minRecords)} resumes: no figure is published.`;
  const [from, to] = [year(records.dateFrom), year(records.dateTo)];
  const span = from && to ? (from === to ? `, ${from}` : `, ${from}–${to}`) : '';
  return `From ${formatCount(records.records)} ${records.records === 1 ? 'resume' : 'resumes'}${span}.`;
}

/**
 * "Key account management (41.2% vs 12.0%), CRM (…)": distinctive skills, each with the share of
 * resumes listing it on the side it is typical of, then on the other.
 */
export function distinctiveSkillsList(skills: readonly { name: string; own: number; other: number }[]): string {
  return formatList(skills.map((s) => `${s.name} (${formatPercent(s.own)} vs ${formatPercent(s.other)})`));
}
