/** Every npm script starts with scripts/guard-node.mjs: on a Node older than 22.12 it must stop with advice. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => {
  if (!existsSync(path)) return false;
  const version = spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
  const [major, minor] = version.split('.').map(Number);
  return major! < 22 || (major === 22 && minor! < 12);
});

describe('Node version guard', () => {
  it.skipIf(!systemNode)('stops an old Node with a message saying what to do', () => {
    const result = spawnSync(systemNode!, ['scripts/guard-node.mjs'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/needs Node\.js >= 22\.12/);
    expect(result.stderr).toMatch(/npm install/);
  });

  it('lets the Node that runs the tests through', () => {
    expect(spawnSync(process.execPath, ['scripts/guard-node.mjs']).status).toBe(0);
  });

  it('guards every npm script that runs project code', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    for (const [name, command] of Object.entries(scripts)) {
      if (name === 'format' || name === 'guard') continue;
      expect(command, name).toMatch(/^node scripts\/guard-node\.mjs && /);
    }
  });
});
