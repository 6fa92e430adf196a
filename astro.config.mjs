// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { dataWatchPlugin } from './scripts/vite-data-watch.mjs';

// SITE_URL and BASE_PATH let the same build be deployed at a domain root or under a sub-path.
const site = process.env.SITE_URL ?? 'https://role-atlas.example.org';
const base = process.env.BASE_PATH ?? '/';
// OUT_DIR builds somewhere other than dist/ (with GENERATED_DIR, a second build can run beside the first).
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  output: 'static',
  outDir,
  trailingSlash: 'always',
  integrations: [react(), sitemap()],
  build: { format: 'directory' },
  vite: {
    plugins: [tailwindcss(), dataWatchPlugin()],
  },
});
