/** O*NET text files → onet_* rows, on small extracts of both layouts. Expectations are read from the fixtures. */
import { describe, expect, it } from 'vitest';
import { importOnet, type OnetImport } from '@/lib/import/onet';
import { ONET_27, ONET_29, folder, folderWith, tabRows, text, withTabCell } from './fixtures';

function imported(files: Map<string, Uint8Array>, taken: string[] = []): OnetImport {
  const result = importOnet(files, new Set(taken));
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 1));
  return result.value;
}

function issuesOf(files: Map<string, Uint8Array>) {
  const result = importOnet(files, new Set());
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe.each([
  ['29.3 (converted, unpadded numbers)', ONET_29],
  ['27.0 (genuine text download)', ONET_27],
])('importOnet on the %s layout', (_name, path) => {
  const result = imported(folder(path));
  const { tables } = result;

  it('takes the release and its month from Read Me.txt', () => {
    const [title, release] = text(path, 'Read Me.txt').split('\n');
    expect(`O*NET ${result.release.version} Database`).toBe(title);
    expect(result.release.label).toBe(release!.trim());
    expect(result.release.date).toMatch(/^\d{4}-\d{2}-01$/);
    expect(result.sourceId).toBe(`onet-${result.release.version.replace('.', '-')}`);
  });

  it('has one occupation per row of Occupation Data.txt, with a page id from its title', () => {
    const rows = tabRows(path, 'Occupation Data.txt');
    expect(tables.onetOccupations.map((o) => o.onet_code).sort()).toEqual(
      rows.map((r) => r.cells['O*NET-SOC Code']).sort(),
    );
    const sales = tables.onetOccupations.find((o) => o.onet_code === '11-2022.00')!;
    expect(sales).toMatchObject({ id: 'sales-managers', title: 'Sales Managers', source_id: result.sourceId });
    const zone = tabRows(path, 'Job Zones.txt').find((r) => r.cells['O*NET-SOC Code'] === '11-2022.00')!;
    expect(sales.job_zone).toBe(zone.cells['Job Zone']);
  });

  it('maps "Global Account Manager (GAM)" to Sales Managers, with its short title', () => {
    expect(tables.onetAlternateTitles).toContainEqual({
      onet_code: '11-2022.00',
      title: 'Global Account Manager (GAM)',
      short_title: 'GAM',
      source_id: result.sourceId,
    });
  });

  it('keeps a title listed twice for one occupation once, with the short title either row gives', () => {
    const rows = tabRows(path, 'Alternate Titles.txt');
    const twice = rows.filter(
      (r) => r.cells['Alternate Title'] === 'Licensed Clinical Mental Health Counselor (LCMHC)',
    );
    expect(twice).toHaveLength(2);
    const kept = tables.onetAlternateTitles.filter((t) => t.title === twice[0]!.cells['Alternate Title']);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.short_title).toBe('LCMHC');
    expect(tables.onetAlternateTitles).toHaveLength(rows.length - 1);
    expect(result.notes.join(' ')).toMatch(/1 title\(s\) listed twice/);
  });

  it('converts numbers whether zero-padded or not, without changing their value', () => {
    const rl = tabRows(path, 'Education, Training, and Experience.txt').filter((r) => r.cells['Scale ID'] === 'RL');
    expect(tables.onetEducation).toHaveLength(rl.length);
    for (const row of rl) {
      const out = tables.onetEducation.find(
        (e) => e.onet_code === row.cells['O*NET-SOC Code'] && e.category === String(Number(row.cells.Category)),
      )!;
      expect(Number(out.share_pct)).toBe(Number(row.cells['Data Value']));
      expect(out.share_pct).not.toMatch(/\.\d*0$/); // one written form per number, whatever the input's padding
    }
  });

  it('labels education categories from the Categories file (RL scale only)', () => {
    const labels = tabRows(path, 'Education, Training, and Experience Categories.txt').filter(
      (r) => r.cells['Scale ID'] === 'RL',
    );
    expect(tables.onetEducationLevels.map((l) => [l.category, l.label])).toEqual(
      labels.map((r) => [r.cells.Category, r.cells['Category Description']]),
    );
  });

  it('reads hot technology flags', () => {
    const rows = tabRows(path, 'Technology Skills.txt');
    expect(tables.onetTechnologySkills).toHaveLength(rows.length);
    for (const row of rows) {
      const out = tables.onetTechnologySkills.find(
        (t) => t.onet_code === row.cells['O*NET-SOC Code'] && t.technology === row.cells.Example,
      )!;
      expect(out.hot).toBe(row.cells['Hot Technology'] === 'Y' ? 'yes' : 'no');
    }
  });

  it('keeps related occupations with their tier and rank', () => {
    const rows = tabRows(path, 'Related Occupations.txt');
    for (const row of rows) {
      expect(tables.onetRelatedOccupations).toContainEqual({
        onet_code: row.cells['O*NET-SOC Code'],
        related_onet_code: row.cells['Related O*NET-SOC Code'],
        tier: row.cells['Relatedness Tier']!.toLowerCase(),
        position: row.cells.Index,
        source_id: result.sourceId,
      });
    }
  });

  it('keeps tasks in O*NET order within an occupation, with their type', () => {
    const rows = tabRows(path, 'Task Statements.txt').filter((r) => r.cells['O*NET-SOC Code'] === '11-2022.00');
    const out = tables.onetTasks.filter((t) => t.onet_code === '11-2022.00');
    expect(out.map((t) => t.task_id)).toEqual(rows.map((r) => r.cells['Task ID']));
    expect(out.map((t) => t.task_type)).toEqual(
      rows.map((r) => (r.cells['Task Type'] === 'n/a' ? undefined : r.cells['Task Type']!.toLowerCase())),
    );
  });
});

describe('the two layouts', () => {
  it('29.3 has In Demand flags; 27.0, without the column, leaves in_demand empty and says so', () => {
    const newer = imported(folder(ONET_29));
    const rows = tabRows(ONET_29, 'Technology Skills.txt');
    expect(newer.tables.onetTechnologySkills.map((t) => t.in_demand)).toEqual(
      rows.map((r) => (r.cells['In Demand'] === 'Y' ? 'yes' : 'no')),
    );
    expect(rows.some((r) => r.cells['In Demand'] === 'Y')).toBe(true);

    const older = imported(folder(ONET_27));
    expect(older.tables.onetTechnologySkills.every((t) => t.in_demand === undefined)).toBe(true);
    expect(older.notes.join(' ')).toMatch(/no "In Demand" column/);
  });

  it('is detected from the header, not the folder: 29.3 files without the In Demand column read as the older layout', () => {
    const lines = text(ONET_29, 'Technology Skills.txt').split('\n');
    const without = lines.map((line) => line.split('\t').slice(0, 5).join('\t')).join('\n');
    const result = imported(folderWith(ONET_29, { 'Technology Skills.txt': without }));
    expect(result.tables.onetTechnologySkills.every((t) => t.in_demand === undefined)).toBe(true);
    expect(result.release.version).toBe('29.3');
  });

  it('finds columns by name, whatever their order, and ignores extra columns (e.g. the Excel edition\'s "Title")', () => {
    const lines = text(ONET_29, 'Job Zones.txt').split('\n');
    const reordered = lines
      .map((line) => {
        if (!line) return line;
        const [code, zone, date, domain] = line.split('\t');
        return [zone, date, code === 'O*NET-SOC Code' ? 'Title' : 'Some title', domain, code].join('\t');
      })
      .join('\n');
    const original = imported(folder(ONET_29));
    const result = imported(folderWith(ONET_29, { 'Job Zones.txt': reordered }));
    expect(result.tables.onetOccupations).toEqual(original.tables.onetOccupations);
  });

  it('imports no importance ratings when Skills.txt and Knowledge.txt are absent (27.0 subset), and says so', () => {
    const older = imported(folder(ONET_27));
    expect(older.tables.onetImportance).toEqual([]);
    expect(older.notes.join(' ')).toMatch(/Skills\.txt is not in this folder/);
    expect(older.notes.join(' ')).toMatch(/Knowledge\.txt is not in this folder/);
  });
});

describe('importance ratings (29.3)', () => {
  const result = imported(folder(ONET_29));

  it('rescales each IM rating from the 1–5 scale of Scales Reference.txt to 0–100, and ignores LV rows', () => {
    const scale = tabRows(ONET_29, 'Scales Reference.txt').find((r) => r.cells['Scale ID'] === 'IM')!.cells;
    const [min, max] = [Number(scale.Minimum), Number(scale.Maximum)];
    for (const [file, domain] of [
      ['Skills.txt', 'skill'],
      ['Knowledge.txt', 'knowledge'],
    ] as const) {
      const im = tabRows(ONET_29, file).filter((r) => r.cells['Scale ID'] === 'IM');
      const out = result.tables.onetImportance.filter((r) => r.domain === domain);
      expect(out).toHaveLength(im.length);
      for (const row of im) {
        const rating = Number(row.cells['Data Value']);
        const match = out.find(
          (o) => o.onet_code === row.cells['O*NET-SOC Code'] && o.element_id === row.cells['Element ID'],
        )!;
        expect(Number(match.im_rating)).toBe(rating);
        expect(Number(match.importance)).toBeCloseTo(((rating - min) / (max - min)) * 100, 2);
        expect(match.element).toBe(row.cells['Element Name']);
      }
    }
  });

  it("lists an occupation's skills before its knowledge, each in file order", () => {
    const codes = result.tables.onetImportance.map((r) => r.onet_code!);
    expect(codes).toEqual([...codes].sort());
    const sales = result.tables.onetImportance.filter((r) => r.onet_code === '11-2022.00').map((r) => r.domain);
    expect(sales.indexOf('knowledge')).toBeGreaterThan(sales.lastIndexOf('skill'));
  });
});

describe('page ids', () => {
  it('append the code when a hand-made role already uses the title slug', () => {
    const result = imported(folder(ONET_29), ['sales-managers']);
    expect(result.tables.onetOccupations.find((o) => o.onet_code === '11-2022.00')!.id).toBe(
      'sales-managers-11-2022-00',
    );
  });
});

describe('bad or missing O*NET files', () => {
  it('names every missing required file', () => {
    const issues = issuesOf(folderWith(ONET_29, { 'Occupation Data.txt': null, 'Read Me.txt': null }));
    expect(issues.map((i) => [i.file, i.line])).toEqual([
      ['Read Me.txt', 0],
      ['Occupation Data.txt', 0],
    ]);
    expect(issues[0]!.expected).toMatch(/missing/);
  });

  it('rejects a Read Me that does not name the release', () => {
    const issues = issuesOf(folderWith(ONET_29, { 'Read Me.txt': 'Some other database\nSoon\n' }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'Read Me.txt', line: 1 }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'Read Me.txt', line: 2 }));
  });

  it('names file, line and column of a value that is not a number', () => {
    const line = tabRows(ONET_29, 'Skills.txt').find((r) => r.cells['Scale ID'] === 'IM')!.line;
    const column = text(ONET_29, 'Skills.txt').split('\n')[0]!.split('\t').indexOf('Data Value') + 1;
    const issues = issuesOf(
      folderWith(ONET_29, { 'Skills.txt': withTabCell(ONET_29, 'Skills.txt', line, 'Data Value', 'abc') }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ file: 'Skills.txt', line, column, columnName: 'Data Value', found: 'abc' }),
    ]);
    expect(issues[0]!.expected).toMatch(/importance rating from 1 to 5/);
  });

  it('rejects an importance rating outside the IM scale', () => {
    const line = tabRows(ONET_29, 'Knowledge.txt').find((r) => r.cells['Scale ID'] === 'IM')!.line;
    const issues = issuesOf(
      folderWith(ONET_29, { 'Knowledge.txt': withTabCell(ONET_29, 'Knowledge.txt', line, 'Data Value', '6') }),
    );
    expect(issues).toEqual([expect.objectContaining({ file: 'Knowledge.txt', line, found: '6' })]);
  });

  it('rejects a code that Occupation Data.txt does not list, pointing at it', () => {
    const line = tabRows(ONET_29, 'Alternate Titles.txt')[0]!.line;
    const issues = issuesOf(
      folderWith(ONET_29, {
        'Alternate Titles.txt': withTabCell(ONET_29, 'Alternate Titles.txt', line, 'O*NET-SOC Code', '99-9999.00'),
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ file: 'Alternate Titles.txt', line, column: 1, found: '99-9999.00' }),
    ]);
    expect(issues[0]!.expected).toMatch(/listed in Occupation Data\.txt/);
  });

  it('names a missing required column, with the header found', () => {
    const renamed = text(ONET_29, 'Alternate Titles.txt').replace('Alternate Title\t', 'Alternate Titel\t');
    const issues = issuesOf(folderWith(ONET_29, { 'Alternate Titles.txt': renamed }));
    expect(issues).toEqual([expect.objectContaining({ file: 'Alternate Titles.txt', line: 1 })]);
    expect(issues[0]!.expected).toMatch(/a column named "Alternate Title" \(is "Alternate Titel" it\?\)/);
  });

  it('rejects a row with the wrong number of cells, and a file that is not tab-separated', () => {
    const lines = text(ONET_29, 'Task Statements.txt').split('\n');
    lines[2] = lines[2]!.split('\t').slice(0, 3).join('\t');
    const issues = issuesOf(
      folderWith(ONET_29, {
        'Task Statements.txt': lines.join('\n'),
        'Job Zones.txt': 'O*NET-SOC Code,Job Zone\n11-2022.00,4\n',
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ file: 'Task Statements.txt', line: 3, found: '3 cells' }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'Job Zones.txt', line: 1 }));
  });

  it('names the line of bytes that are not UTF-8', () => {
    const bytes = new Uint8Array(folder(ONET_29).get('Occupation Data.txt')!);
    const thirdLine = [...bytes.keys()].filter((i) => bytes[i] === 0x0a)[1]! + 1;
    bytes[thirdLine + 2] = 0xff;
    const issues = issuesOf(folderWith(ONET_29, { 'Occupation Data.txt': bytes }));
    expect(issues).toEqual([expect.objectContaining({ file: 'Occupation Data.txt', line: 3 })]);
    expect(issues[0]!.expected).toMatch(/UTF-8/);
  });
});

describe('importOnet: Interests.txt and Work Styles.txt (29.3)', () => {
  const result = imported(folder(ONET_29));
  const areas = ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'];

  it('gives each occupation its six RIASEC scores and its high points as area names (0 = none)', () => {
    const rows = tabRows(ONET_29, 'Interests.txt');
    const codes = [...new Set(rows.map((r) => r.cells['O*NET-SOC Code']))];
    expect(result.tables.onetInterests.map((r) => r.onet_code)).toEqual(codes.sort());
    for (const profile of result.tables.onetInterests) {
      const own = rows.filter((r) => r.cells['O*NET-SOC Code'] === profile.onet_code);
      for (const area of areas) {
        const score = own.find((r) => r.cells['Element Name'] === area)!.cells['Data Value'];
        expect(Number(profile[area.toLowerCase()])).toBe(Number(score));
      }
      ['First', 'Second', 'Third'].forEach((which, i) => {
        const code = Number(
          own.find((r) => r.cells['Element Name'] === `${which} Interest High-Point`)!.cells['Data Value'],
        );
        expect(profile[`high_point_${i + 1}`]).toBe(code === 0 ? undefined : areas[code - 1]!.toLowerCase());
      });
    }
    expect(result.tables.onetInterests.some((p) => p.high_point_3 === undefined)).toBe(true);
  });

  it('rates the work styles on 0–100 and keeps N and the confidence interval, empty where O*NET writes n/a', () => {
    const rows = tabRows(ONET_29, 'Work Styles.txt');
    expect(result.tables.onetWorkStyles).toHaveLength(rows.length);
    for (const row of rows) {
      const out = result.tables.onetWorkStyles.find(
        (w) => w.onet_code === row.cells['O*NET-SOC Code'] && w.element_id === row.cells['Element ID'],
      )!;
      const rating = Number(row.cells['Data Value']);
      expect(Number(out.im_rating)).toBe(rating);
      expect(Number(out.importance)).toBeCloseTo(((rating - 1) / 4) * 100, 2);
      const lower = row.cells['Lower CI Bound'];
      expect(out.ci_lower).toBe(lower === 'n/a' ? undefined : String(Number(lower)));
      expect(out.n).toBe(String(Number(row.cells.N)));
    }
  });

  it('says so, and imports none, when the files are absent (the 27.0 subset)', () => {
    const older = imported(folder(ONET_27));
    expect(older.tables.onetInterests).toEqual([]);
    expect(older.tables.onetWorkStyles).toEqual([]);
    expect(older.notes.join(' ')).toMatch(/Interests\.txt is not in this folder/);
  });

  it('names the line of an interest score out of range', () => {
    const line = tabRows(ONET_29, 'Interests.txt').find((r) => r.cells['Scale ID'] === 'OI')!.line;
    const issues = issuesOf(
      folderWith(ONET_29, { 'Interests.txt': withTabCell(ONET_29, 'Interests.txt', line, 'Data Value', '8') }),
    );
    expect(issues).toEqual([expect.objectContaining({ file: 'Interests.txt', line, found: '8' })]);
  });
});
