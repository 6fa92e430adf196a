// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { dataWatchPlugin } from './scripts/vite-data-watch.mjs';
import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from './src/components/site/theme-script.mjs';

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
  // A Content-Security-Policy <meta> on every page (Astro 7's own CSP support, stable since Astro 6): Astro
  // adds script-src and style-src with 'self' and the hash of every inline script and style it renders, so
  // an inline script without a hash (one injected through data text, say) does not run. Astro lists the
  // whole site's hashes on every page; `npm run build` then narrows each page's list to the inline scripts
  // and styles that page holds (src/lib/seo/csp.ts). Everything else
  // loads from this origin only; blob: and data: images for the in-browser chart downloads (PNG export
  // draws an SVG into an image). Fonts, fetches, workers and the manifest fall back to default-src 'self'
  // (not repeated: the policy is on every page). frame-ancestors cannot be set from a <meta>: set it on the host.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data: blob:",
        "frame-src 'none'",
      ],
      // The one inline script Astro does not process (it must run before the page paints).
      scriptDirective: {
        resources: ["'self'"],
        hashes: [`sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`],
      },
    },
  },
  vite: {
    plugins: [tailwindcss(), dataWatchPlugin()],
  },
});
