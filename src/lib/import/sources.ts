/**
 * The official_sources.csv rows for an import: what O*NET and BLS ask to be credited with, in their
 * own words (O*NET's Read Me and licence page; BLS's citation request and field-description sheet).
 */
import type { OnetRelease } from '@/lib/import/readers/onet-readme';
import type { OutputRow } from '@/lib/import/reader';
import type { ProjectionRelease } from '@/lib/import/readers/bls-projections';

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

export function projectionsSource(id: string, release: ProjectionRelease, topCodes: readonly string[]): OutputRow {
  const { baseYear, projectedYear } = release;
  const top = topCodes.length > 0 ? topCodes.map((code) => `"${code}"`).join(', ') : '">=$239,200"';
  return {
    id,
    title: `Employment Projections ${baseYear}–${projectedYear}: occupational projections and worker characteristics (Table 1.2)`,
    publisher: 'U.S. Bureau of Labor Statistics, Employment Projections program',
    date: `${baseYear}-01-01`,
    date_label: `${baseYear}–${String(projectedYear).slice(2)} projections`,
    url: 'https://www.bls.gov/emp/',
    licence: 'Public domain (U.S. federal government work); BLS asks to be cited as the source.',
    note: `Employment and openings are in thousands; openings are the average a year over ${baseYear}–${projectedYear}. Median wages are from OEWS and exclude the self-employed. Where BLS prints a symbol instead of a figure, the site says in words what the symbol means: "—" = data not available; ${top} = median wage at or above that amount (top-coded). O*NET occupations join BLS's codes on their first 7 characters; where BLS projects only a wider group, pages say so.`,
    attribution: 'Source: Employment Projections program, U.S. Bureau of Labor Statistics.',
  };
}
