// The comparison tool's picker: every role's id and title (fetched when the tool starts).
import type { APIRoute } from 'astro';
import { toolIndex } from '@/lib/compare/tool-data';
import { loadCatalogue } from '@/lib/site/load';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(toolIndex(loadCatalogue().roles)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
