// /data/role-atlas.json: the whole dataset, with the README naming its sources and licences.
import type { APIRoute } from 'astro';
import { datasetReadme } from '@/lib/downloads/dataset';
import { loadDataset } from '@/lib/downloads/load-dataset';
import { loadCatalogue } from '@/lib/site/load';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(loadDataset(datasetReadme(loadCatalogue().sources)), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
