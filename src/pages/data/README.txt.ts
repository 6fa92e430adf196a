// /data/README.txt: the sources and licences behind every download, written from sources.csv.
import type { APIRoute } from 'astro';
import { datasetReadme } from '@/lib/downloads/dataset';
import { loadCatalogue } from '@/lib/site/load';

export const GET: APIRoute = () =>
  new Response(datasetReadme(loadCatalogue().sources), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
