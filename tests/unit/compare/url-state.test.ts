import { describe, expect, it } from 'vitest';
import {
  isCanonical,
  MAX_ROLES,
  parseRoles,
  readTablesView,
  serialiseRoles,
  withTablesView,
} from '@/lib/compare/url-state';

const known = ['global-account-manager', 'market-sales-manager', 'product-manager-sales', 'a', 'b', 'c'];

describe('parseRoles', () => {
  it('reads comma-separated ids in order', () => {
    expect(parseRoles('?roles=market-sales-manager,global-account-manager', known)).toEqual({
      ids: ['market-sales-manager', 'global-account-manager'],
      unknown: [],
      duplicates: [],
      overflow: [],
    });
  });

  it('accepts no leading "?", encoded commas, spaces, empty items and repeated parameters', () => {
    expect(parseRoles('roles=a%2Cb', known).ids).toEqual(['a', 'b']);
    expect(parseRoles('?roles=a,,+b,', known).ids).toEqual(['a', 'b']);
    expect(parseRoles('?roles=a&roles=c', known).ids).toEqual(['a', 'c']);
  });

  it('reports unknown ids (once each) and ignores them', () => {
    const result = parseRoles('?roles=a,nurse,b,nurse,<script>', known);
    expect(result.ids).toEqual(['a', 'b']);
    expect(result.unknown).toEqual(['nurse', '<script>']);
  });

  it('matches ids ignoring case when there is no exact match', () => {
    expect(parseRoles('?roles=Global-Account-Manager,B', known).ids).toEqual(['global-account-manager', 'b']);
  });

  it('keeps the first of repeated ids and reports the repeat', () => {
    const result = parseRoles('?roles=a,b,a,A', known);
    expect(result.ids).toEqual(['a', 'b']);
    expect(result.duplicates).toEqual(['a']);
  });

  it(`keeps at most ${MAX_ROLES} roles and reports the rest`, () => {
    const result = parseRoles('?roles=a,b,c,global-account-manager,market-sales-manager,product-manager-sales', known);
    expect(result.ids).toHaveLength(MAX_ROLES);
    expect(result.ids).toEqual(['a', 'b', 'c', 'global-account-manager']);
    expect(result.overflow).toEqual(['market-sales-manager', 'product-manager-sales']);
  });

  it('gives an empty selection for no or empty parameters', () => {
    for (const search of ['', '?', '?roles=', '?other=1']) {
      expect(parseRoles(search, known)).toEqual({ ids: [], unknown: [], duplicates: [], overflow: [] });
    }
  });
});

describe('serialiseRoles', () => {
  it('writes readable commas and keeps other parameters', () => {
    expect(serialiseRoles(['a', 'b'])).toBe('?roles=a,b');
    expect(serialiseRoles(['a', 'b'], '?utm=x&roles=c')).toBe('?roles=a,b&utm=x');
    expect(serialiseRoles([], '?roles=c')).toBe('');
    expect(serialiseRoles([], '?roles=c&utm=x')).toBe('?utm=x');
  });

  it('round-trips through parseRoles', () => {
    const ids = ['product-manager-sales', 'a', 'global-account-manager'];
    expect(parseRoles(serialiseRoles(ids), known).ids).toEqual(ids);
  });

  it('tells whether an address needs rewriting', () => {
    expect(isCanonical('?roles=a,b', ['a', 'b'])).toBe(true);
    expect(isCanonical('?roles=a,b,nurse', ['a', 'b'])).toBe(false);
    expect(isCanonical('?roles=a%2Cb', ['a', 'b'])).toBe(false);
    expect(isCanonical('', [])).toBe(true);
  });
});

describe('table view in the address', () => {
  it('reads view=tables and writes it beside the roles, keeping other parameters', () => {
    expect(readTablesView('?roles=a,b&view=tables')).toBe(true);
    expect(readTablesView('?roles=a,b')).toBe(false);
    expect(readTablesView('?view=chart')).toBe(false);
    expect(withTablesView('?roles=a,b', true)).toBe('?roles=a,b&view=tables');
    expect(withTablesView('?roles=a,b&view=tables&x=1', false)).toBe('?roles=a,b&x=1');
    expect(withTablesView('', true)).toBe('?view=tables');
    // Changing roles keeps the table view.
    expect(serialiseRoles(['c', 'd'], '?roles=a,b&view=tables')).toBe('?roles=c,d&view=tables');
    expect(isCanonical('?roles=a,b&view=tables', ['a', 'b'])).toBe(true);
  });
});
