// /data/roles/<id>.csv: one role's facts as a long table (columns documented in src/lib/downloads/role-data.ts).
import type { APIRoute } from 'astro';
import { roleCsv } from '@/lib/downloads/role-data';
import { loadCatalogue, loadRole } from '@/lib/site/load';

export const getStaticPaths = () => loadCatalogue().roles.map(({ id }) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(roleCsv(loadRole(params.id!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
