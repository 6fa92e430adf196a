// Every chart's downloads (CSV and JSON), one static file each; see src/lib/charts/producers/index.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { allChartFiles } from '@/lib/charts/producers';

export const getStaticPaths = (() =>
  allChartFiles().map(({ path, body }) => ({
    params: { path: path.replace(/^data\/charts\//, '') },
    props: { body },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, params }) =>
  new Response(props.body as string, {
    headers: {
      'Content-Type': params.path?.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    },
  });
