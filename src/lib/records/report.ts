/** What `npm run aggregate` tells the maintainer: the summary, unmapped titles, skill merges, bad records. */
import { writeCsv } from '@/lib/downloads/csv';
import type { BadRecord } from '@/lib/records/load';
import type { RunSummary } from '@/lib/records/run';

const n = (value: number) => value.toLocaleString('en-US');

/** "records.csv:14 (salary): found "52k"; expected a number greater than 0 …" */
export function formatBadRecord(bad: BadRecord): string {
  return `${bad.file}:${bad.line} (${bad.field}): found ${JSON.stringify(bad.found)}; expected ${bad.expected}`;
}

/** Every accepted bad record, one row each (formula-safe: the values come from the records). */
export function badRecordsCsv(bad: readonly BadRecord[]): string {
  return writeCsv([
    ['file', 'line', 'field', 'found', 'expected'],
    ...bad.map((b) => [b.file, b.line, b.field, b.found, b.expected]),
  ]);
}

export function formatSummary(summary: RunSummary, minRecords: number): string {
  const lines = [
    `Aggregate: ${n(summary.read)} records read: ${n(summary.mapped)} mapped, ${n(summary.unmapped)} unmapped, ` +
      `${n(summary.bad)} bad. Figures from fewer than ${minRecords} records are suppressed.`,
  ];
  if (summary.unmappedTitles.length > 0) {
    lines.push(`Most common unmapped titles (add them to record_titles.csv to count them):`);
    for (const title of summary.unmappedTitles) {
      const hint = title.suggestions.map((s) => `${s.onetCode} (${s.matched})`).join(', ');
      lines.push(`  ${n(title.records).padStart(9)}  ${title.title}${hint ? `  → O*NET: ${hint}` : ''}`);
    }
  }
  if (summary.skillMerges.length > 0) {
    lines.push('Largest skill merges (variants counted as one skill):');
    for (const merge of summary.skillMerges.slice(0, 10)) {
      const variants = merge.variants
        .slice(0, 6)
        .map((v) => `"${v.value}" ${n(v.records)}`)
        .join(', ');
      const more = merge.variants.length > 6 ? `, +${merge.variants.length - 6} more` : '';
      lines.push(`  ${merge.name}: ${variants}${more}`);
    }
  }
  return lines.join('\n');
}
