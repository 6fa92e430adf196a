// The skills matcher's one payload: the vocabulary and every role's sparse vector (fetched on intent).
import type { APIRoute } from 'astro';
import { matchData } from '@/lib/match/data';
import { rolePageView } from '@/lib/role/page';
import { loadCatalogue, loadRolePage } from '@/lib/site/load';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(matchData(loadCatalogue().roles.map((entry) => rolePageView(loadRolePage(entry.id), loadRolePage)))),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
