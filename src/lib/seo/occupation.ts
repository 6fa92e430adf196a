/**
 * A role as schema.org Occupation JSON-LD, built only from its record: nothing is stated that
 * the data does not hold, and properties without data are left out.
 */
import type { RoleRecord } from '@/lib/data/model';

/** A JSON-LD object: plain JSON with "@"-keys. */
export type JsonLd = { [key: string]: unknown };

/**
 * The Occupation for a role page at `url`.
 *
 * The data gives an average yearly salary per industry. schema.org's MonetaryAmountDistribution only
 * carries percentiles and a median, and an average is neither, so each industry's figure is a
 * MonetaryAmount whose value is the average, named as such — accurate rather than relabelled.
 */
export function occupationJsonLd(role: RoleRecord, url: string): JsonLd {
  const skills = [...role.skills, ...role.softSkills].map((skill) => skill.name);
  const salaries = role.salaries.map((salary) => ({
    '@type': 'MonetaryAmount',
    name: `Average yearly salary, ${salary.industry} industry`,
    currency: 'USD',
    value: { '@type': 'QuantitativeValue', value: salary.avgSalaryUsd, unitText: 'YEAR' },
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: role.title,
    url,
    ...(role.description && { description: role.description }),
    ...(role.onetCode && { occupationalCategory: role.onetCode }),
    ...(skills.length > 0 && { skills }),
    ...(role.responsibilities.length > 0 && { responsibilities: role.responsibilities.map((r) => r.text) }),
    ...(salaries.length > 0 && { estimatedSalary: salaries }),
  };
}
