// One role as the comparison tool reads it (fetched only for the roles picked).
import type { APIRoute, GetStaticPaths } from 'astro';
import { toolRole } from '@/lib/compare/tool-data';
import { rolePageView, type RolePageView } from '@/lib/role/page';
import { loadCatalogue, loadRolePage } from '@/lib/site/load';

export const getStaticPaths = (() =>
  loadCatalogue().roles.map(({ id }) => ({
    params: { id },
    props: { view: rolePageView(loadRolePage(id), loadRolePage) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: RolePageView }> = ({ props }) =>
  new Response(JSON.stringify(toolRole(props.view)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
