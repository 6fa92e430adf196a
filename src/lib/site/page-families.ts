/**
 * Every page family with a page per record, described once (in the spirit of Starlight's route
 * data): the URL folder of its pages, how a page gets its state (read once at build time from the
 * generated data) and which charts it shows. The routes list their paths from here and receive the
 * state as props, so no page reads its record again by its params; the search index links to the same paths (`pagePath` in
 * site/urls.ts), and the sitemap lists every page the routes build.
 *
 * To add a family: give its records a generated file and a loader (site/load.ts), add a family
 * here, then a route that takes `familyPaths(family)` and draws `props.state`.
 */
import type { ChartData } from '@/lib/charts/chart-data';
import { comparisonCharts, comparisonSources, type ComparisonInput } from '@/lib/compare/charts';
import { loadComparisonInput, loadOfficialComparisonInput } from '@/lib/compare/load';
import {
  officialComparisonCharts,
  officialComparisonSources,
  type OfficialComparisonInput,
} from '@/lib/compare/occupation-charts';
import { employerCharts } from '@/lib/employer/charts';
import type { EmployerRecord, SkillRecord, Source } from '@/lib/model/site-model';
import { officialCharts } from '@/lib/occupation/charts';
import { roleCharts } from '@/lib/role/charts';
import { recordCharts } from '@/lib/role/record-charts';
import { rolePageView, type RolePageView } from '@/lib/role/page';
import { loadCatalogue, loadEmployer, loadOfficialComparisons, loadRolePage, loadSkill } from '@/lib/site/load';
import type { PageFolder } from '@/lib/site/urls';
import { skillCharts } from '@/lib/skill/charts';

/** The charts a page shows, and every source they may cite. */
export interface PageCharts {
  charts: ChartData[];
  sources: Record<string, Source>;
}

export interface PageFamily<State> {
  /** URL folder of the pages: /<folder>/<id>/. */
  folder: PageFolder;
  /** The route's parameter holding the id ("id" in roles/[id].astro). */
  param: 'id' | 'slug';
  /** Every page of the family, in page order, with its state (read once per build). */
  pages(): { id: string; state: State }[];
  /** The charts a page shows, in page order. */
  charts(state: State): PageCharts;
}

/** /roles/<id>/: a resume role or an O*NET occupation, with the occupation whose figures it shows. */
export const ROLE_PAGES: PageFamily<RolePageView> = {
  folder: 'roles',
  param: 'id',
  pages: () => loadCatalogue().roles.map(({ id }) => ({ id, state: rolePageView(loadRolePage(id), loadRolePage) })),
  charts: ({ record, occupation, sources }) => ({
    charts: [
      ...(record.kind === 'role' ? roleCharts(record) : []),
      ...recordCharts(record),
      ...(occupation ? officialCharts(occupation) : []),
    ],
    sources,
  }),
};

/** /skills/<slug>/. */
export const SKILL_PAGES: PageFamily<SkillRecord> = {
  folder: 'skills',
  param: 'slug',
  pages: () => loadCatalogue().skills.map(({ slug }) => ({ id: slug, state: loadSkill(slug) })),
  charts: (skill) => ({ charts: skillCharts(skill), sources: skill.sources }),
};

/** /employers/<slug>/. */
export const EMPLOYER_PAGES: PageFamily<EmployerRecord> = {
  folder: 'employers',
  param: 'slug',
  pages: () => loadCatalogue().employers.map(({ slug }) => ({ id: slug, state: loadEmployer(slug) })),
  charts: (employer) => ({ charts: employerCharts(employer), sources: employer.sources }),
};

/** A comparison page: two resume roles (comparisons.csv), or two related O*NET occupations. */
export type ComparisonPageState =
  { kind: 'roles'; input: ComparisonInput } | { kind: 'occupations'; input: OfficialComparisonInput };

/** /compare/<id>/: the data's own comparisons first, then those of related O*NET occupations. */
export const COMPARISON_PAGES: PageFamily<ComparisonPageState> = {
  folder: 'compare',
  param: 'id',
  pages: () => [
    ...loadCatalogue().comparisons.map(({ id }) => ({
      id,
      state: { kind: 'roles' as const, input: loadComparisonInput(id) },
    })),
    ...loadOfficialComparisons().map((comparison) => ({
      id: comparison.id,
      state: { kind: 'occupations' as const, input: loadOfficialComparisonInput(comparison) },
    })),
  ],
  charts: (state) =>
    state.kind === 'roles'
      ? { charts: comparisonCharts(state.input), sources: comparisonSources(state.input) }
      : { charts: officialComparisonCharts(state.input), sources: officialComparisonSources(state.input) },
};

/** A family's pages as `getStaticPaths` returns them: the id as the route's parameter, the state as props. */
export function familyPaths<State>(
  family: PageFamily<State>,
): { params: Record<string, string>; props: { state: State } }[] {
  return family.pages().map(({ id, state }) => ({ params: { [family.param]: id }, props: { state } }));
}
