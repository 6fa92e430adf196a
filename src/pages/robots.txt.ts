import type { APIRoute } from 'astro';
import { robotsTxt } from '@/lib/seo/robots';
import { href } from '@/lib/site/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(new URL(href('sitemap-index.xml'), site).href), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
