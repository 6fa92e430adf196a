// One role as the comparison tool reads it (fetched only for the roles picked).
import type { APIRoute, GetStaticPaths } from 'astro';
import { toolRole } from '@/lib/compare/tool-data';
import { loadCatalogue, loadRole } from '@/lib/site/load';

export const getStaticPaths = (() =>
  loadCatalogue().roles.map(({ id }) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(toolRole(loadRole(params.id!))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
