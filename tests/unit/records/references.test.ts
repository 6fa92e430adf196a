/** The record files name roles and occupations that exist; a computed comparison is between two roles of roles.csv. */
import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '@/lib/data/validate';
import { readFolderFiles } from '@/lib/node/read-folder';
import { aggregate, HAND_DATA, HAND_RECORDS } from './support/run';

const run = await aggregate([HAND_RECORDS]);
if (!run.ok) throw new Error(run.problems.join('; '));
const folder = (await readFolderFiles(HAND_DATA)).files;
for (const [name, text] of run.files) folder.set(name, new TextEncoder().encode(text));
const withFile = (name: string, edit: (text: string) => string) => {
  const files = new Map(folder);
  files.set(name, new TextEncoder().encode(edit(new TextDecoder().decode(folder.get(name)!))));
  return validateDataFolder(files).issues;
};

describe('record file references', () => {
  it('a role that is not in roles.csv is reported at its file, line and column', () => {
    const issues = withFile('record_skills.csv', (t) => t.replace('role,sales-engineer,1,', 'role,sales-engineers,1,'));
    expect(issues).toEqual([
      expect.objectContaining({ file: 'record_skills.csv', line: 5, column: 2, found: 'sales-engineers' }),
    ]);
  });

  it('an occupation must be in onet_occupations.csv when that file is there', () => {
    const files = new Map(folder);
    files.set(
      'record_groups.csv',
      new TextEncoder().encode(
        `${new TextDecoder().decode(folder.get('record_groups.csv')!)}occupation,11-2022.00,40,,,no\n`,
      ),
    );
    expect(validateDataFolder(files).issues).toEqual([]); // no onet_occupations.csv here: not checked
    files.set(
      'onet_occupations.csv',
      new TextEncoder().encode(
        'id,onet_code,title,description,job_zone,source_id\nceo,11-1011.00,Chief Executives,,,hand\n',
      ),
    );
    expect(validateDataFolder(files).issues).toEqual([
      expect.objectContaining({ file: 'record_groups.csv', line: 4, columnName: 'group_id', found: '11-2022.00' }),
    ]);
  });

  it('both roles of a computed comparison are in roles.csv', () => {
    for (const file of ['record_education_diffs.csv', 'record_distinctive_skills.csv']) {
      const issues = withFile(file, (t) => t.replaceAll('account-manager,sales-engineer,', 'account-manager,nobody,'));
      expect(issues.length, file).toBeGreaterThan(0);
      expect(issues.every((i) => i.file === file && i.columnName === 'other_role_id' && i.found === 'nobody')).toBe(
        true,
      );
    }
  });
});
