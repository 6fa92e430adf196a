// /data/role-atlas.json: the whole dataset, with the README naming its sources and licences (compact JSON).
import type { APIRoute } from 'astro';
import { datasetReadme } from '@/lib/downloads/dataset';
import { loadDataset } from '@/lib/downloads/load-dataset';
import { loadCatalogue } from '@/lib/site/load';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(loadDataset(datasetReadme(loadCatalogue().sources)))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
