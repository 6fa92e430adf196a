import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserGatePages, FAMILY_LIMIT, FAMILY_SAMPLE, type BuiltPage } from './built-pages';

const page = (path: string): BuiltPage => ({ file: `dist/${path}index.html`, path, urlPath: `/${path}` });
const seedRoleIds = readFileSync('data/roles.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0]!);

describe('browserGatePages', () => {
  it('keeps every page of a small site', () => {
    const pages = [page(''), page('about/'), ...seedRoleIds.map((id) => page(`roles/${id}/`))];
    expect(browserGatePages(pages)).toEqual(pages);
  });

  it('samples a large family evenly, keeping its first and last and every hand-made page', () => {
    const generated = Array.from({ length: 1000 }, (_, i) => page(`roles/occupation-${String(i).padStart(4, '0')}/`));
    const handMade = seedRoleIds.map((id) => page(`roles/${id}/`));
    const all = [page(''), ...[...generated, ...handMade].sort((a, b) => a.path.localeCompare(b.path))];
    const chosen = browserGatePages(all);
    const roles = chosen.filter((p) => p.path.startsWith('roles/'));
    expect(chosen[0]).toEqual(page(''));
    for (const p of handMade) expect(roles).toContainEqual(p);
    expect(roles.length).toBeLessThanOrEqual(FAMILY_SAMPLE + handMade.length);
    expect(roles.length).toBeGreaterThan(FAMILY_LIMIT / 2);
    const family = all.filter((p) => p.path.startsWith('roles/'));
    expect(roles).toContainEqual(family[0]);
    expect(roles).toContainEqual(family.at(-1));
  });
});
