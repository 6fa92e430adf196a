// /data/sources.json: every source the site cites, by id. Chart JSON downloads, made in the browser,
// take their sources' details (publisher, address, licence) from here instead of each page repeating them.
import type { APIRoute } from 'astro';
import { loadCatalogue } from '@/lib/site/load';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(Object.fromEntries(loadCatalogue().sources.map((s) => [s.id, s])))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
