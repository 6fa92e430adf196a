/** The search index at a stable address, /search-index.json, fetched by search only on intent. */
import type { APIRoute } from 'astro';
import { readSearchIndexText } from '@/lib/search/load';

export const GET: APIRoute = () =>
  new Response(readSearchIndexText(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
