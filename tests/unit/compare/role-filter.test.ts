import { describe, expect, it } from 'vitest';
import { filterRoles } from '@/lib/compare/role-filter';

const roles = [
  { id: 'account-executive-sales-manager', title: 'Account executive/sales manager' },
  { id: 'global-account-manager', title: 'Global account manager' },
  { id: 'manager-account-executive', title: 'Manager, account executive' },
  { id: 'market-sales-manager', title: 'Market sales manager' },
  { id: 'product-manager-sales', title: 'Product manager/sales' },
  { id: 'cafe-manager', title: 'Café manager' },
];
const titles = (query: string, exclude: string[] = []) =>
  filterRoles(roles, query, exclude).matches.map((r) => r.title);

describe('filterRoles', () => {
  it('matches every role for an empty query, in the given order, minus the excluded', () => {
    expect(titles('')).toEqual(roles.map((r) => r.title));
    expect(titles('', ['global-account-manager'])).not.toContain('Global account manager');
  });

  it('puts titles starting with the query first, then word starts, then the rest', () => {
    expect(titles('ma')).toEqual([
      'Manager, account executive',
      'Market sales manager',
      'Account executive/sales manager',
      'Global account manager',
      'Product manager/sales',
      'Café manager',
    ]);
    expect(titles('sales')).toEqual([
      'Account executive/sales manager',
      'Market sales manager',
      'Product manager/sales',
    ]);
  });

  it('needs every typed word, in any order, ignoring case and accents', () => {
    expect(titles('MANAGER global')).toEqual(['Global account manager']);
    expect(titles('cafe')).toEqual(['Café manager']);
    expect(titles('nurse')).toEqual([]);
  });

  it('caps the options and tells how many matched', () => {
    const result = filterRoles(roles, 'manager', [], 2);
    expect(result.matches).toHaveLength(2);
    expect(result.total).toBe(6);
  });
});
