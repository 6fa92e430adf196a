/**
 * A role as schema.org Occupation JSON-LD, built only from its record: nothing is stated that
 * the data does not hold, and properties without data are left out.
 */
import type { OccupationRecord, Source } from '@/lib/model/site-model';
import type { RolePageView } from '@/lib/role/page';
import { surveyDate } from '@/lib/occupation/charts';

/** A JSON-LD object: plain JSON with "@"-keys. */
export type JsonLd = { [key: string]: unknown };

const PERCENTILE_PROPERTIES = [
  ['p10', 'percentile10'],
  ['p25', 'percentile25'],
  ['median', 'median'],
  ['p75', 'percentile75'],
  ['p90', 'percentile90'],
] as const;

/**
 * BLS's national annual wage percentiles as a MonetaryAmountDistribution, named as BLS figures
 * (and as a wider group's when BLS publishes the occupation only within one). Withheld
 * percentiles (flags such as "top-coded") are left out, never given a number.
 */
export function blsWageDistribution(
  occupation: Pick<OccupationRecord, 'official'> | undefined,
  sources: Record<string, Source>,
): JsonLd | undefined {
  if (!occupation) return undefined;
  const { oews, title } = occupation.official;
  const national = oews?.national;
  if (!oews || !national) return undefined;
  const given = PERCENTILE_PROPERTIES.flatMap(([key, property]) => {
    const figure = national.annual[key];
    return typeof figure === 'number' ? [[property, figure] as const] : [];
  });
  if (given.length === 0) return undefined;
  const whose =
    oews.matchedBy === 'soc-code'
      ? `${national.socTitle} (SOC ${national.socCode})`
      : `${national.socTitle} (SOC ${national.socCode}), the BLS group that includes ${title}`;
  return {
    '@type': 'MonetaryAmountDistribution',
    name: `U.S. Bureau of Labor Statistics (OEWS, ${surveyDate(sources, national.sourceId)}) national annual wage percentiles for ${whose}`,
    currency: 'USD',
    duration: 'P1Y',
    ...Object.fromEntries(given),
  };
}

/**
 * The Occupation for a /roles/<id>/ page at `url`.
 *
 * The data gives an average yearly salary per industry. schema.org's MonetaryAmountDistribution only
 * carries percentiles and a median, and an average is neither, so each industry's figure is a
 * MonetaryAmount whose value is the average, named as such — accurate rather than relabelled.
 */
export function occupationJsonLd({ record, occupation, sources }: RolePageView, url: string): JsonLd {
  const role = record.kind === 'role' ? record : undefined;
  const skills = role ? [...role.skills, ...role.softSkills].map((skill) => skill.name) : [];
  const salaries: JsonLd[] = (role?.salaries ?? []).map((salary) => ({
    '@type': 'MonetaryAmount',
    name: `Average yearly salary, ${salary.industry} industry`,
    currency: 'USD',
    value: { '@type': 'QuantitativeValue', value: salary.avgSalaryUsd, unitText: 'YEAR' },
  }));
  // Resume salaries come first; BLS figures stand in only where the role has none, named as BLS's.
  const bls = salaries.length === 0 ? blsWageDistribution(occupation, sources) : undefined;
  if (bls) salaries.push(bls);
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: record.title,
    url,
    ...(record.description && { description: record.description }),
    ...(record.onetCode && { occupationalCategory: record.onetCode }),
    ...(skills.length > 0 && { skills }),
    ...(role && role.responsibilities.length > 0 && { responsibilities: role.responsibilities.map((r) => r.text) }),
    ...(salaries.length > 0 && { estimatedSalary: salaries }),
  };
}
