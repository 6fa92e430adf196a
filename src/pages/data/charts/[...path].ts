// Every chart's downloads (CSV and JSON), one file each; see src/lib/site/chart-pages.ts.
// The dev server serves them from here. A build writes the same files in one pass once the pages are
// built (scripts/chart-files-integration.mjs): as routes they cost about a millisecond each, and a
// full build has tens of thousands.
import type { APIRoute, GetStaticPaths } from 'astro';
import { allChartFiles } from '@/lib/site/chart-pages';

export const getStaticPaths = (() =>
  import.meta.env.DEV
    ? allChartFiles().map(({ path, body }) => ({
        params: { path: path.replace(/^data\/charts\//, '') },
        props: { body },
      }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, params }) =>
  new Response(props.body as string, {
    headers: {
      'Content-Type': params.path?.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    },
  });
