// /data/roles/<id>.json: one role's record (see src/lib/downloads/role-data.ts).
import type { APIRoute } from 'astro';
import { roleJson } from '@/lib/downloads/role-data';
import { rolePageView, type RolePageView } from '@/lib/role/page';
import { loadCatalogue, loadRolePage } from '@/lib/site/load';

export const getStaticPaths = () =>
  loadCatalogue().roles.map(({ id }) => ({
    params: { id },
    props: { view: rolePageView(loadRolePage(id), loadRolePage) },
  }));

export const GET: APIRoute<{ view: RolePageView }> = ({ props }) =>
  new Response(roleJson(props.view), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
