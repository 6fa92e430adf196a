// Dev server only: when a CSV in the data folder changes, rerun the data step and reload the page.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** @returns {import('vite').Plugin} */
export function dataWatchPlugin() {
  const dataDir = resolve(process.env.DATA_DIR ?? 'data');
  let running = Promise.resolve();
  return {
    name: 'role-atlas:data-watch',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(dataDir);
      const rerun = (file) => {
        if (!file.startsWith(dataDir) || !file.endsWith('.csv')) return;
        running = running.then(
          () =>
            new Promise((done) => {
              const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/data.ts'], { stdio: 'inherit' });
              child.on('exit', (code) => {
                if (code === 0) server.ws.send({ type: 'full-reload' });
                done(undefined);
              });
            }),
        );
      };
      server.watcher.on('change', rerun);
      server.watcher.on('add', rerun);
      server.watcher.on('unlink', rerun);
    },
  };
}
