// The theme script's text, in a module of its own so that astro.config.mjs can list its hash in the
// Content-Security-Policy (an inline script runs only when its hash is listed) and ThemeScript.astro can
// render exactly this text. It is inlined in every page, so it ships minified (esbuild, at build time):
// the readable source below is about 260 bytes longer, which over the site's 4,500 pages is over 1 MB.
import { transformSync } from 'esbuild';

const SOURCE = `(() => {
  const root = document.documentElement;
  const system = matchMedia('(prefers-color-scheme: dark)');
  let chosen = null;
  try {
    chosen = localStorage.getItem('role-atlas:theme');
  } catch {}
  const theme = () => (chosen === 'dark' || chosen === 'light' ? chosen : system.matches ? 'dark' : 'light');
  const apply = () => {
    root.dataset.theme = theme();
  };
  apply();
  system.addEventListener('change', apply);
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element && event.target.closest('[data-theme-toggle]'))) return;
    chosen = theme() === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem('role-atlas:theme', chosen);
    } catch {}
    apply();
  });
})();`;

export const THEME_SCRIPT = transformSync(SOURCE, { minify: true, target: 'es2020' }).code.trim();
