// One role as the comparison tool reads it (fetched only for the roles picked).
import type { APIRoute, GetStaticPaths } from 'astro';
import { toolRole } from '@/lib/compare/tool-data';
import type { RolePageView } from '@/lib/role/page';
import { ROLE_PAGES, familyPaths } from '@/lib/site/page-families';

export const getStaticPaths = (() => familyPaths(ROLE_PAGES)) satisfies GetStaticPaths;

export const GET: APIRoute<{ state: RolePageView }> = ({ props }) =>
  new Response(JSON.stringify(toolRole(props.state)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
