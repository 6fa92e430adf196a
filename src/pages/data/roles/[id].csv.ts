// /data/roles/<id>.csv: one role's facts as a long table (columns documented in src/lib/downloads/role-data.ts).
import type { APIRoute } from 'astro';
import { roleCsv } from '@/lib/downloads/role-data';
import type { RolePageView } from '@/lib/role/page';
import { ROLE_PAGES, familyPaths } from '@/lib/site/page-families';

export const getStaticPaths = () => familyPaths(ROLE_PAGES);

export const GET: APIRoute<{ state: RolePageView }> = ({ props }) =>
  new Response(roleCsv(props.state), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
