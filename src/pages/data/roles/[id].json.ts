// /data/roles/<id>.json: one role's record (see src/lib/downloads/role-data.ts).
import type { APIRoute } from 'astro';
import { roleJson } from '@/lib/downloads/role-data';
import type { RolePageView } from '@/lib/role/page';
import { ROLE_PAGES, familyPaths } from '@/lib/site/page-families';

export const getStaticPaths = () => familyPaths(ROLE_PAGES);

export const GET: APIRoute<{ state: RolePageView }> = ({ props }) =>
  new Response(roleJson(props.state), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
