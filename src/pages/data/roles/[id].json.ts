// /data/roles/<id>.json: one role's record (see src/lib/downloads/role-data.ts).
import type { APIRoute } from 'astro';
import { roleJson } from '@/lib/downloads/role-data';
import { loadCatalogue, loadRole } from '@/lib/site/load';

export const getStaticPaths = () => loadCatalogue().roles.map(({ id }) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(roleJson(loadRole(params.id!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
