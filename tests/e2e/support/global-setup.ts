/** Before the browser tests: the built site must exist, Chromium must be installed; then serve dist/. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { DIST } from './built-pages';
import { chromiumPath } from './chromium';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
    basePath: string;
  }
}

export default async function setup(project: TestProject) {
  chromiumPath(); // fails early, with the install instructions, when there is no browser
  if (!existsSync(`${DIST}/index.html`)) {
    throw new Error(`No built site in ${DIST}/: run \`npm run build\` first (\`npm test\` does).`);
  }
  const basePath = process.env.BASE_PATH ?? '/';
  const { server, origin } = await serveStatic(DIST, basePath);
  project.provide('siteOrigin', origin);
  project.provide('basePath', basePath.replace(/\/?$/, '/'));
  return () => new Promise<void>((done) => server.close(() => done()));
}
