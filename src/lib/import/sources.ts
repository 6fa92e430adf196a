/**
 * The official_sources.csv rows for an import: what O*NET and BLS ask to be credited with, in their
 * own words (O*NET's Read Me and licence page; BLS's citation request and field-description sheet).
 */
import type { OnetRelease } from '@/lib/import/onet';
import type { OutputRow } from '@/lib/import/onet';

export function onetSource(id: string, release: OnetRelease): OutputRow {
  return {
    id,
    title: `O*NET ${release.version} Database`,
    publisher:
      'National Center for O*NET Development, for the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
    date: release.date,
    date_label: release.label,
    url: 'https://www.onetcenter.org/database.html',
    licence: 'Creative Commons Attribution 4.0 International (CC BY 4.0): https://www.onetcenter.org/license_db.html',
    note: `Importance ratings are O*NET's 1–5 importance scale rescaled to 0–100; education figures are the percent of respondents naming each level as required.`,
    attribution: `This page includes information from the O*NET ${release.version} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.`,
  };
}

export function blsSource(id: string, year: number, markerNotes: readonly string[]): OutputRow {
  const markers =
    markerNotes.length > 0
      ? `BLS's notes on its symbols: ${markerNotes.join('; ')}`
      : 'BLS symbols: * and ** = estimate not available; # = wage at or above the top-coded value; ~ = under 0.5% of establishments report the occupation';
  return {
    id,
    title: `Occupational Employment and Wage Statistics (OEWS), May ${year}: national estimates, all industries and by NAICS sector`,
    publisher: 'U.S. Bureau of Labor Statistics, Department of Labor',
    date: `${year}-05-01`,
    date_label: `May ${year}`,
    url: 'https://www.bls.gov/oes/',
    licence: 'Public domain (U.S. federal government work); BLS asks to be cited as the source.',
    note: `Estimates are for May ${year} and exclude the self-employed. Where BLS prints a symbol instead of a figure, the site says in words what the symbol means. ${markers}.`,
    attribution: 'Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics',
  };
}
