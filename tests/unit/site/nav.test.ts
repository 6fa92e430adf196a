import { describe, expect, it } from 'vitest';
import { MAIN_NAV, navCurrent } from '@/lib/site/nav';

const item = (label: string) => MAIN_NAV.find((i) => i.label === label)!;

describe('navCurrent', () => {
  it('marks the section index as the current page and pages inside it as current', () => {
    expect(navCurrent(item('Roles'), '/roles/', '/')).toBe('page');
    expect(navCurrent(item('Roles'), '/roles/global-account-manager/', '/')).toBe('true');
    expect(navCurrent(item('Skills'), '/roles/', '/')).toBeUndefined();
    expect(navCurrent(item('Roles'), '/', '/')).toBeUndefined();
  });

  it('respects a base path', () => {
    expect(navCurrent(item('About'), '/atlas/about/', '/atlas/')).toBe('page');
    expect(navCurrent(item('About'), '/about/', '/atlas/')).toBeUndefined();
    expect(navCurrent(item('Skills'), '/atlas/skills/cloud', '/atlas')).toBe('true');
  });

  it('names the five sections in order', () => {
    expect(MAIN_NAV.map((i) => i.label)).toEqual(['Roles', 'Skills', 'Employers', 'Compare', 'Match', 'About']);
  });
});
