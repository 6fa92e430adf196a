/** Title and skill normalisation, merging variants, title conflicts and O*NET suggestions. */
import { describe, expect, it } from 'vitest';
import { aliasIndex, buildTitleIndex, mergeNames, occupationSuggester } from '@/lib/records/mapping';
import { skillKey, titleKey } from '@/lib/records/normalise';
import { foldText } from '@/lib/search/text';

describe('titleKey', () => {
  it('ignores what search ignores, and plural endings', () => {
    const key = titleKey('Account manager');
    for (const variant of ['ACCOUNT  MANAGERS', 'account-manager', 'Account Manager.', 'accóunt manager'])
      expect(titleKey(variant), variant).toBe(key);
    expect(titleKey('Sales coaches')).toBe(titleKey('sales coach'));
    expect(titleKey('Account executive')).not.toBe(key);
  });

  it('folds words exactly as search does', () => {
    expect(titleKey('Product manager/sales')).toBe(foldText('Product manager sale'));
  });
});

describe('skillKey', () => {
  it('treats case, spacing, punctuation, _ and - alike', () => {
    expect(skillKey('core_java')).toBe(skillKey('Core Java'));
    expect(skillKey(' CORE-JAVA ')).toBe(skillKey('core java'));
  });

  it('keeps + and # apart', () => {
    expect(new Set([skillKey('C'), skillKey('C++'), skillKey('C#')]).size).toBe(3);
  });
});

describe('mergeNames', () => {
  it('shows the spelling most records use and reports the merge', () => {
    const { names, merges } = mergeNames([
      { value: 'core_java', records: 3 },
      { value: 'Core Java', records: 5 },
      { value: 'Python', records: 9 },
    ]);
    expect(names.get('core_java')).toBe('Core Java');
    expect(names.get('Python')).toBe('Python');
    expect(merges).toEqual([
      {
        name: 'Core Java',
        records: 8,
        variants: [
          { value: 'Core Java', records: 5 },
          { value: 'core_java', records: 3 },
        ],
      },
    ]);
  });

  it('uses the alias file name for every variant of an alias or of the name itself', () => {
    const aliases = aliasIndex([{ alias: 'Communication Skills', skill: 'Communication' }]);
    const { names } = mergeNames(
      [
        { value: 'communication-skills', records: 9 },
        { value: 'COMMUNICATION', records: 1 },
      ],
      aliases,
    );
    expect(names.get('communication-skills')).toBe('Communication');
    expect(names.get('COMMUNICATION')).toBe('Communication');
  });
});

describe('buildTitleIndex', () => {
  it("maps a role's own title and plural, and the file's titles", () => {
    const { index, issues } = buildTitleIndex({
      titles: [{ kind: 'occupation', group_id: '11-2022.00', title: 'Sales Director', line: 2 }],
      roles: [{ id: 'account-manager', title: 'Account manager', title_plural: 'Account managers' }],
    });
    expect(issues).toEqual([]);
    expect(index.get(titleKey('account MANAGERS'))).toEqual({ kind: 'role', groupId: 'account-manager' });
    expect(index.get(titleKey('sales directors'))).toEqual({ kind: 'occupation', groupId: '11-2022.00' });
  });

  it('reports a title given two meanings, with both lines', () => {
    const { issues } = buildTitleIndex({
      titles: [
        { kind: 'role', group_id: 'a', title: 'Key Account Manager', line: 2 },
        { kind: 'role', group_id: 'b', title: 'key account managers', line: 3 },
      ],
      roles: [],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'record_titles.csv', line: 3, found: 'key account managers' });
    expect(issues[0]!.expected).toContain('line 2');
  });
});

describe('occupationSuggester', () => {
  const suggest = occupationSuggester([
    { onet_code: '11-1011.00', title: 'Chief Executives' },
    { onet_code: '11-1011.00', title: 'CEO' },
    { onet_code: '11-2022.00', title: 'Sales Managers' },
    { onet_code: '41-4012.00', title: 'Sales Representative' },
  ]);
  it('suggests the exact match first, then titles sharing most words', () => {
    expect(suggest('chief executive')).toEqual([{ onetCode: '11-1011.00', matched: 'Chief Executives' }]);
    expect(suggest('Regional Sales Manager').map((s) => s.onetCode)).toEqual(['11-2022.00']);
    expect(suggest('Florist')).toEqual([]);
  });
});
