// /data/roles/<id>.csv: one role's facts as a long table (columns documented in src/lib/downloads/role-data.ts).
import type { APIRoute } from 'astro';
import { roleCsv } from '@/lib/downloads/role-data';
import { rolePageView, type RolePageView } from '@/lib/role/page';
import { loadCatalogue, loadRolePage } from '@/lib/site/load';

export const getStaticPaths = () =>
  loadCatalogue().roles.map(({ id }) => ({
    params: { id },
    props: { view: rolePageView(loadRolePage(id), loadRolePage) },
  }));

export const GET: APIRoute<{ view: RolePageView }> = ({ props }) =>
  new Response(roleCsv(props.view), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
