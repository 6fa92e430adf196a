/**
 * The register of every page that shows charts. The download endpoint
 * (src/pages/data/charts/[...path].ts) walks it to write each chart's CSV and JSON at
 * /data/charts/<pageKind>/<pageId>/<chart.id>.csv|json — so a chart shown with <ChartFrame> must be
 * listed here, or its download links break (the link checker will say so).
 *
 * To register a page kind (skill, employer, comparison pages…):
 *   1. write a pure producer in src/lib/<kind>/charts.ts: record → ChartData[]
 *      (charts without data are simply not returned);
 *   2. add an entry to CHART_PAGES below:
 *        { pageKind: 'skills', list: () => loadCatalogue().skills.map((s) => {
 *            const skill = loadSkill(s.slug);
 *            return { pageId: s.slug, charts: skillCharts(skill), sources: skill.sources };
 *          }) }
 *   3. on the page, render each chart with the same kind and id:
 *        {skillCharts(skill).map((chart) => <ChartFrame chart={chart} sources={skill.sources}
 *           page={{ kind: 'skills', id: skill.slug }} />)}
 * pageKind is the page's URL folder ("roles", "skills", "employers", "compare").
 */
import type { ChartData } from '@/lib/charts/chart-data';
import { chartCsv, chartFilePath, chartJson } from '@/lib/charts/downloads';
import { roleCharts } from '@/lib/role/charts';
import { recordCharts } from '@/lib/role/record-charts';
import { officialCharts } from '@/lib/occupation/charts';
import { employerCharts } from '@/lib/employer/charts';
import { skillCharts } from '@/lib/skill/charts';
import { comparisonCharts, comparisonSources } from '@/lib/compare/charts';
import { officialComparisonCharts, officialComparisonSources } from '@/lib/compare/occupation-charts';
import { loadComparisonInput, loadOfficialComparisonInput } from '@/lib/compare/load';
import type { Source } from '@/lib/model/site-model';
import { rolePageView } from '@/lib/role/page';
import { loadCatalogue, loadEmployer, loadOfficialComparisons, loadRolePage, loadSkill } from '@/lib/site/load';

export interface ChartPageEntry {
  /** The page's slug, e.g. "global-account-manager". */
  pageId: string;
  charts: ChartData[];
  /** The page record's sources, cited in each chart's JSON. */
  sources: Record<string, Source>;
}

export interface ChartPageKind {
  /** URL folder of the pages, e.g. "roles". */
  pageKind: string;
  /** Every page of the kind with its charts; called at build time. */
  list(): ChartPageEntry[];
}

export const CHART_PAGES: ChartPageKind[] = [
  {
    pageKind: 'roles',
    list: () =>
      loadCatalogue().roles.map(({ id }) => {
        const { record, occupation, sources } = rolePageView(loadRolePage(id), loadRolePage);
        const charts = [
          ...(record.kind === 'role' ? roleCharts(record) : []),
          ...recordCharts(record),
          ...(occupation ? officialCharts(occupation) : []),
        ];
        return { pageId: id, charts, sources };
      }),
  },
  {
    pageKind: 'skills',
    list: () =>
      loadCatalogue().skills.map(({ slug }) => {
        const skill = loadSkill(slug);
        return { pageId: slug, charts: skillCharts(skill), sources: skill.sources };
      }),
  },
  {
    pageKind: 'employers',
    list: () =>
      loadCatalogue().employers.map(({ slug }) => {
        const employer = loadEmployer(slug);
        return { pageId: slug, charts: employerCharts(employer), sources: employer.sources };
      }),
  },
  {
    pageKind: 'compare',
    list: () =>
      loadCatalogue().comparisons.map(({ id }) => {
        const input = loadComparisonInput(id);
        return { pageId: id, charts: comparisonCharts(input), sources: comparisonSources(input) };
      }),
  },
  {
    // Comparisons of related O*NET occupations (see src/lib/compare/occupation-pairs.ts).
    pageKind: 'compare',
    list: () =>
      loadOfficialComparisons().map((comparison) => {
        const input = loadOfficialComparisonInput(comparison);
        return {
          pageId: comparison.id,
          charts: officialComparisonCharts(input),
          sources: officialComparisonSources(input),
        };
      }),
  },
];

/** One downloadable file: its path inside the site (without base) and its text. */
export interface ChartFile {
  path: string;
  body: string;
}

/** Every chart download on the site, two files per chart. */
export function allChartFiles(pages: readonly ChartPageKind[] = CHART_PAGES): ChartFile[] {
  return pages.flatMap(({ pageKind, list }) =>
    list().flatMap(({ pageId, charts, sources }) => {
      const page = { kind: pageKind, id: pageId };
      const ids = new Set<string>();
      return charts.flatMap((chart) => {
        if (ids.has(chart.id)) throw new Error(`Two charts with id "${chart.id}" on ${pageKind}/${pageId}.`);
        ids.add(chart.id);
        return [
          { path: chartFilePath(page, chart.id, 'csv'), body: chartCsv(chart) },
          { path: chartFilePath(page, chart.id, 'json'), body: chartJson(chart, page, sources) },
        ];
      });
    }),
  );
}
