/**
 * The chart downloads of every page: /data/charts/<pageKind>/<pageId>/<chart.id>.csv|json, for
 * the charts each page family (site/page-families.ts) says its pages show — the same list the
 * pages draw with <ChartFrame>, so every download link has its file.
 */
import type { ChartData } from '@/lib/charts/chart-data';
import { chartCsv, chartFilePath, chartJson } from '@/lib/charts/downloads';
import type { Source } from '@/lib/model/site-model';
import { COMPARISON_PAGES, EMPLOYER_PAGES, ROLE_PAGES, SKILL_PAGES, type PageFamily } from '@/lib/site/page-families';

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

/** A family's pages with the charts the family says each shows. */
function chartPagesOf<State>(family: PageFamily<State>): ChartPageKind {
  return {
    pageKind: family.folder,
    list: () => family.pages().map(({ id, state }) => ({ pageId: id, ...family.charts(state) })),
  };
}

/** Every page family's charts, read from the one description of the families. */
export const CHART_PAGES: ChartPageKind[] = [
  chartPagesOf(ROLE_PAGES),
  chartPagesOf(SKILL_PAGES),
  chartPagesOf(EMPLOYER_PAGES),
  chartPagesOf(COMPARISON_PAGES),
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
