/**
 * O*NET database text files → rows of the project's onet_* tables. Pure: file bytes in, rows out.
 *
 * Two layouts exist and both are read: the genuine text download (27.0: zero-padded numbers, no
 * "In Demand" column in Technology Skills) and the 29.3 files converted from the Excel edition
 * (unpadded numbers, with "In Demand"). Columns are found by their header names, so the layout is
 * whatever the header says — never inferred from a folder name.
 */
import type { DataIssue } from '@/lib/data/issues';
import { CellReader, formatNumber, locateColumns, parseTabText, type RawTable, type Read } from '@/lib/import/table';
import { slugify } from '@/lib/text/slug';
import { matchKey } from '@/lib/text/slug';

/** A row of an output table: column → cell text (undefined = empty). */
export type OutputRow = Record<string, string | undefined>;

export const ONET_FILES = {
  readme: 'Read Me.txt',
  occupations: 'Occupation Data.txt',
  alternateTitles: 'Alternate Titles.txt',
  skills: 'Skills.txt',
  knowledge: 'Knowledge.txt',
  scales: 'Scales Reference.txt',
  technology: 'Technology Skills.txt',
  tasks: 'Task Statements.txt',
  education: 'Education, Training, and Experience.txt',
  educationCategories: 'Education, Training, and Experience Categories.txt',
  jobZones: 'Job Zones.txt',
  jobZoneReference: 'Job Zone Reference.txt',
  related: 'Related Occupations.txt',
} as const;

/** Skills and Knowledge are optional: some editions in circulation lack them (the 27.0 subset here). */
const OPTIONAL_FILES = new Set<string>([ONET_FILES.skills, ONET_FILES.knowledge]);

const CODE = 'O*NET-SOC Code';
const MISSING = ['n/a'];
const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface OnetRelease {
  /** "29.3" */
  version: string;
  /** "May 2025 Release", as the Read Me words it. */
  label: string;
  /** First day of the release month, YYYY-MM-DD: the Read Me names a month only. */
  date: string;
}

export interface OnetImport {
  release: OnetRelease;
  sourceId: string;
  tables: {
    onetOccupations: OutputRow[];
    onetAlternateTitles: OutputRow[];
    onetImportance: OutputRow[];
    onetTechnologySkills: OutputRow[];
    onetTasks: OutputRow[];
    onetEducationLevels: OutputRow[];
    onetEducation: OutputRow[];
    onetJobZones: OutputRow[];
    onetRelatedOccupations: OutputRow[];
  };
  /** What a maintainer should know about this input: layout differences, merged duplicates, files absent. */
  notes: string[];
}

/** "O*NET 29.3 Database" / "May 2025 Release" → the release. */
function readRelease(bytes: Uint8Array): Read<OnetRelease> {
  const file = ONET_FILES.readme;
  const lines = new TextDecoder().decode(bytes).split(/\r?\n/);
  const issues: DataIssue[] = [];
  const version = /^O\*NET (\d+\.\d+) Database$/.exec(lines[0]?.trim() ?? '')?.[1];
  if (!version) {
    issues.push({ file, line: 1, column: 0, found: lines[0], expected: 'the title line "O*NET <version> Database"' });
  }
  const label = lines[1]?.trim() ?? '';
  const month = /^([A-Z][a-z]+) (\d{4}) Release$/.exec(label);
  const monthIndex = month ? MONTHS.indexOf(month[1]!) : -1;
  if (!month || monthIndex < 0) {
    issues.push({ file, line: 2, column: 0, found: label, expected: 'the release line "<Month> <year> Release"' });
  }
  if (issues.length > 0 || !version || !month) return { ok: false, issues };
  const date = `${month[2]}-${String(monthIndex + 1).padStart(2, '0')}-01`;
  return { ok: true, value: { version, label, date } };
}

/** Rows sorted by O*NET-SOC code, keeping the file's order within an occupation (a stable sort). */
function byCode(rows: OutputRow[]): OutputRow[] {
  return rows.sort((a, b) => (a.onet_code! < b.onet_code! ? -1 : a.onet_code! > b.onet_code! ? 1 : 0));
}

const yesNo = { Y: 'yes', N: 'no' } as const;
const suppressChoices = { Y: 'yes', N: 'no', 'n/a': undefined } as const;

/**
 * Converts an O*NET folder (file name → bytes). `takenIds` are page ids already used by hand-made
 * roles: an occupation whose title slug is taken gets its code appended instead.
 */
export function importOnet(files: ReadonlyMap<string, Uint8Array>, takenIds: ReadonlySet<string>): Read<OnetImport> {
  const issues: DataIssue[] = [];
  const notes: string[] = [];
  for (const file of Object.values(ONET_FILES)) {
    if (files.has(file) || OPTIONAL_FILES.has(file)) continue;
    issues.push({
      file,
      line: 0,
      column: 0,
      expected: 'this file of the O*NET database text download in the --onet folder; it is missing',
    });
  }
  if (issues.length > 0) return { ok: false, issues };

  const release = readRelease(files.get(ONET_FILES.readme)!);
  if (!release.ok) return release;
  const sourceId = `onet-${release.value.version.replace('.', '-')}`;

  const tables = new Map<string, RawTable>();
  for (const file of Object.values(ONET_FILES)) {
    const bytes = files.get(file);
    if (file === ONET_FILES.readme || !bytes) continue;
    const parsed = parseTabText(file, bytes);
    if (parsed.ok) tables.set(file, parsed.value);
    else issues.push(...parsed.issues);
  }
  if (issues.length > 0) return { ok: false, issues };
  const table = (file: string) => tables.get(file)!;

  const columnsOf = <R extends string, O extends string = never>(
    file: string,
    required: readonly R[],
    optional: readonly O[] = [],
  ) => {
    const located = locateColumns(table(file), required, optional);
    if (located.ok) return located.value;
    issues.push(...located.issues);
    return undefined;
  };
  const occupationColumns = columnsOf(ONET_FILES.occupations, [CODE, 'Title', 'Description']);
  const titleColumns = columnsOf(ONET_FILES.alternateTitles, [CODE, 'Alternate Title'], ['Short Title']);
  const scaleColumns = columnsOf(ONET_FILES.scales, ['Scale ID', 'Minimum', 'Maximum']);
  const ratingNames = [CODE, 'Element ID', 'Element Name', 'Scale ID', 'Data Value'] as const;
  const skillColumns = tables.has(ONET_FILES.skills)
    ? columnsOf(ONET_FILES.skills, ratingNames, ['Recommend Suppress'])
    : undefined;
  const knowledgeColumns = tables.has(ONET_FILES.knowledge)
    ? columnsOf(ONET_FILES.knowledge, ratingNames, ['Recommend Suppress'])
    : undefined;
  const technologyColumns = columnsOf(
    ONET_FILES.technology,
    [CODE, 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology'],
    ['In Demand'],
  );
  const taskColumns = columnsOf(ONET_FILES.tasks, [CODE, 'Task ID', 'Task'], ['Task Type']);
  const educationColumns = columnsOf(
    ONET_FILES.education,
    [CODE, 'Scale ID', 'Category', 'Data Value'],
    ['Recommend Suppress'],
  );
  const categoryColumns = columnsOf(ONET_FILES.educationCategories, ['Scale ID', 'Category', 'Category Description']);
  const zoneColumns = columnsOf(ONET_FILES.jobZones, [CODE, 'Job Zone']);
  const zoneReferenceColumns = columnsOf(
    ONET_FILES.jobZoneReference,
    ['Job Zone', 'Name'],
    ['Experience', 'Education', 'Job Training', 'Examples', 'SVP Range'],
  );
  const relatedColumns = columnsOf(ONET_FILES.related, [CODE, 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index']);
  if (
    !occupationColumns ||
    !titleColumns ||
    !scaleColumns ||
    !technologyColumns ||
    !taskColumns ||
    !educationColumns ||
    !categoryColumns ||
    !zoneColumns ||
    !zoneReferenceColumns ||
    !relatedColumns ||
    issues.length > 0
  ) {
    return { ok: false, issues };
  }

  const readers: CellReader[] = [];
  const reader = (file: string) => {
    const created = new CellReader(table(file), MISSING);
    readers.push(created);
    return created;
  };

  // Occupations first: every other file's codes must be among them.
  const occupations = new Map<string, { title: string; description?: string; line: number }>();
  const occupationCells = reader(ONET_FILES.occupations);
  for (const record of table(ONET_FILES.occupations).records) {
    const cells = occupationCells.at(record);
    const code = cells.matching(occupationColumns[CODE], ONET_CODE, 'an O*NET-SOC code such as 11-2022.00');
    const title = cells.text(occupationColumns.Title, 'the occupation title');
    if (!code || !title) continue;
    const first = occupations.get(code);
    if (first) {
      cells.fail(occupationColumns[CODE], `each code once; line ${first.line} has the same code`);
      continue;
    }
    occupations.set(code, { title, description: cells.optionalText(occupationColumns.Description), line: record.line });
  }
  const occupationCode = (cells: CellReader, column: number) => {
    const code = cells.raw(column) ?? '';
    if (occupations.has(code)) return code;
    return cells.fail(
      column,
      ONET_CODE.test(code)
        ? `an O*NET-SOC code listed in ${ONET_FILES.occupations}`
        : 'an O*NET-SOC code such as 11-2022.00',
    );
  };

  // Job zones: the reference, then each occupation's zone.
  const jobZones: OutputRow[] = [];
  const zoneCells = reader(ONET_FILES.jobZoneReference);
  const zoneNumbers = new Set<number>();
  for (const record of table(ONET_FILES.jobZoneReference).records) {
    const cells = zoneCells.at(record);
    const zone = cells.number(zoneReferenceColumns['Job Zone'], 'a job zone number from 1 to 5', isZone);
    const name = cells.text(zoneReferenceColumns.Name, 'the job zone name');
    if (zone === undefined || !name) continue;
    zoneNumbers.add(zone);
    jobZones.push({
      job_zone: String(zone),
      name,
      experience: cells.optionalText(zoneReferenceColumns.Experience),
      education: cells.optionalText(zoneReferenceColumns.Education),
      training: cells.optionalText(zoneReferenceColumns['Job Training']),
      examples: cells.optionalText(zoneReferenceColumns.Examples),
      svp_range: cells.optionalText(zoneReferenceColumns['SVP Range']),
      source_id: sourceId,
    });
  }
  const zoneOf = new Map<string, number>();
  const occupationZoneCells = reader(ONET_FILES.jobZones);
  for (const record of table(ONET_FILES.jobZones).records) {
    const cells = occupationZoneCells.at(record);
    const code = occupationCode(cells, zoneColumns[CODE]);
    const zone = cells.number(zoneColumns['Job Zone'], `a job zone listed in ${ONET_FILES.jobZoneReference}`, (n) =>
      zoneNumbers.has(n),
    );
    if (!code || zone === undefined) continue;
    if (zoneOf.has(code)) cells.fail(zoneColumns[CODE], 'one job zone per occupation; this one already has one');
    else zoneOf.set(code, zone);
  }

  // Page ids: the title's slug, unless a hand-made role or another title has it already.
  const ids = new Map<string, string>();
  const used = new Set(takenIds);
  for (const code of [...occupations.keys()].sort()) {
    const slug = slugify(occupations.get(code)!.title) || 'occupation';
    const id = used.has(slug) ? `${slug}-${slugify(code)}` : slug;
    used.add(id);
    ids.set(code, id);
  }
  const occupationRows: OutputRow[] = [...occupations.keys()].sort().map((code) => {
    const { title, description } = occupations.get(code)!;
    const zone = zoneOf.get(code);
    return {
      id: ids.get(code),
      onet_code: code,
      title,
      description,
      job_zone: zone === undefined ? undefined : String(zone),
      source_id: sourceId,
    };
  });

  // Alternate titles; a title listed twice for one occupation is kept once.
  const alternateTitles = new Map<string, OutputRow>();
  let mergedTitles = 0;
  const titleCells = reader(ONET_FILES.alternateTitles);
  for (const record of table(ONET_FILES.alternateTitles).records) {
    const cells = titleCells.at(record);
    const code = occupationCode(cells, titleColumns[CODE]);
    const title = cells.text(titleColumns['Alternate Title'], 'the alternate title');
    if (!code || !title) continue;
    const shortTitle = cells.optionalText(titleColumns['Short Title']);
    const key = `${code}\u0000${matchKey(title)}`;
    const first = alternateTitles.get(key);
    if (first) {
      mergedTitles++;
      first.short_title ??= shortTitle;
    } else alternateTitles.set(key, { onet_code: code, title, short_title: shortTitle, source_id: sourceId });
  }
  if (mergedTitles > 0) {
    notes.push(
      `${ONET_FILES.alternateTitles}: ${mergedTitles} title(s) listed twice for the same occupation were kept once, with the short title either row gives.`,
    );
  }

  // Importance (IM scale) of skills and knowledge, rescaled to 0–100 with the scale's own range.
  const scaleCells = reader(ONET_FILES.scales);
  let importanceScale: { min: number; max: number } | undefined;
  for (const record of table(ONET_FILES.scales).records) {
    const cells = scaleCells.at(record);
    if (cells.raw(scaleColumns['Scale ID']) !== 'IM') continue;
    const min = cells.number(scaleColumns.Minimum, 'the scale minimum, a number');
    const max = cells.number(scaleColumns.Maximum, 'the scale maximum, a number above the minimum');
    if (min !== undefined && max !== undefined && max > min) importanceScale = { min, max };
  }
  const importance: OutputRow[] = [];
  const ratingsOf = (file: string, domain: 'skill' | 'knowledge', columns: typeof skillColumns) => {
    if (!tables.has(file)) {
      notes.push(`${file} is not in this folder: no ${domain} importance ratings were imported.`);
      return;
    }
    if (!columns) return;
    if (!importanceScale) {
      issues.push({
        file: ONET_FILES.scales,
        line: 0,
        column: 0,
        expected: `a row for Scale ID "IM" with its minimum and maximum, needed to rescale ${file}`,
      });
      return;
    }
    const { min, max } = importanceScale;
    const seen = new Map<string, number>();
    const cells = reader(file);
    for (const record of table(file).records) {
      cells.at(record);
      if (cells.raw(columns['Scale ID']) !== 'IM') continue;
      const code = occupationCode(cells, columns[CODE]);
      const element = cells.matching(
        columns['Element ID'],
        /^\d+(?:\.[A-Za-z0-9]+)+$/,
        'an element id such as 2.A.1.a',
      );
      const name = cells.text(columns['Element Name'], 'the element name');
      const rating = cells.number(
        columns['Data Value'],
        `an importance rating from ${min} to ${max}`,
        (n) => n >= min && n <= max,
      );
      const suppress =
        columns['Recommend Suppress'] === undefined
          ? undefined
          : cells.choice(columns['Recommend Suppress'], suppressChoices, '"Y", "N" or "n/a"');
      if (!code || !element || !name || rating === undefined) continue;
      const key = `${code}\u0000${element}`;
      if (seen.has(key)) {
        cells.fail(columns['Element ID'], `one IM rating per occupation and element; line ${seen.get(key)} has one`);
        continue;
      }
      seen.set(key, record.line);
      importance.push({
        onet_code: code,
        domain,
        element_id: element,
        element: name,
        importance: formatNumber(((rating - min) / (max - min)) * 100, 2),
        im_rating: formatNumber(rating),
        suppress_recommended: suppress,
        source_id: sourceId,
      });
    }
  };
  ratingsOf(ONET_FILES.skills, 'skill', skillColumns);
  ratingsOf(ONET_FILES.knowledge, 'knowledge', knowledgeColumns);
  const domainOrder = (row: OutputRow) => (row.domain === 'skill' ? 0 : 1);
  importance.sort((a, b) => domainOrder(a) - domainOrder(b));

  // Technology skills: hot technology always; "In Demand" only in layouts that have the column.
  const technology: OutputRow[] = [];
  const technologyCells = reader(ONET_FILES.technology);
  const technologySeen = new Map<string, number>();
  if (technologyColumns['In Demand'] === undefined) {
    notes.push(`${ONET_FILES.technology} has no "In Demand" column (an older layout): in_demand is left empty.`);
  }
  for (const record of table(ONET_FILES.technology).records) {
    const cells = technologyCells.at(record);
    const code = occupationCode(cells, technologyColumns[CODE]);
    const name = cells.text(technologyColumns.Example, 'the technology name');
    const commodity = cells.matching(technologyColumns['Commodity Code'], /^\d{8}$/, 'an 8-digit commodity code');
    const commodityTitle = cells.text(technologyColumns['Commodity Title'], 'the commodity title');
    const hot = cells.choice(technologyColumns['Hot Technology'], yesNo, '"Y" or "N"');
    const inDemand =
      technologyColumns['In Demand'] === undefined
        ? undefined
        : cells.choice(technologyColumns['In Demand'], yesNo, '"Y" or "N"');
    if (!code || !name || !commodity || !commodityTitle || !hot) continue;
    const key = `${code}\u0000${matchKey(name)}`;
    if (technologySeen.has(key)) {
      cells.fail(
        technologyColumns.Example,
        `each technology once per occupation; line ${technologySeen.get(key)} has it`,
      );
      continue;
    }
    technologySeen.set(key, record.line);
    technology.push({
      onet_code: code,
      technology: name,
      commodity_code: commodity,
      commodity_title: commodityTitle,
      hot,
      in_demand: inDemand,
      source_id: sourceId,
    });
  }

  // Task statements, in O*NET's order.
  const tasks: OutputRow[] = [];
  const taskCells = reader(ONET_FILES.tasks);
  const taskSeen = new Map<string, number>();
  const taskTypes = { Core: 'core', Supplemental: 'supplemental', 'n/a': undefined, '': undefined } as const;
  for (const record of table(ONET_FILES.tasks).records) {
    const cells = taskCells.at(record);
    const code = occupationCode(cells, taskColumns[CODE]);
    const id = cells.number(taskColumns['Task ID'], 'a task id, a whole number', isPositiveInteger);
    const text = cells.text(taskColumns.Task, 'the task statement');
    const type =
      taskColumns['Task Type'] === undefined
        ? undefined
        : cells.choice(taskColumns['Task Type'], taskTypes, '"Core", "Supplemental" or "n/a"');
    if (!code || id === undefined || !text) continue;
    const key = `${code}\u0000${id}`;
    if (taskSeen.has(key)) {
      cells.fail(taskColumns['Task ID'], `each task id once per occupation; line ${taskSeen.get(key)} has it`);
      continue;
    }
    taskSeen.set(key, record.line);
    tasks.push({ onet_code: code, task_id: String(id), task: text, task_type: type, source_id: sourceId });
  }

  // Education: the Required Level of Education (RL) scale, as a distribution over its categories.
  const levels = new Map<number, string>();
  const categoryCells = reader(ONET_FILES.educationCategories);
  for (const record of table(ONET_FILES.educationCategories).records) {
    const cells = categoryCells.at(record);
    if (cells.raw(categoryColumns['Scale ID']) !== 'RL') continue;
    const category = cells.number(categoryColumns.Category, 'a category number', isPositiveInteger);
    const label = cells.text(categoryColumns['Category Description'], 'the category description');
    if (category === undefined || !label) continue;
    if (levels.has(category)) cells.fail(categoryColumns.Category, 'each RL category once');
    else levels.set(category, label);
  }
  if (levels.size === 0 && table(ONET_FILES.educationCategories).records.length > 0) {
    issues.push({
      file: ONET_FILES.educationCategories,
      line: 0,
      column: 0,
      expected: 'rows for Scale ID "RL" (Required Level of Education) naming each category',
    });
  }
  const educationLevels: OutputRow[] = [...levels.keys()]
    .sort((a, b) => a - b)
    .map((category) => ({ category: String(category), label: levels.get(category), source_id: sourceId }));
  const education: OutputRow[] = [];
  const educationCells = reader(ONET_FILES.education);
  const educationSeen = new Map<string, number>();
  for (const record of table(ONET_FILES.education).records) {
    const cells = educationCells.at(record);
    if (cells.raw(educationColumns['Scale ID']) !== 'RL') continue;
    const code = occupationCode(cells, educationColumns[CODE]);
    const category = cells.number(
      educationColumns.Category,
      `an RL category listed in ${ONET_FILES.educationCategories}`,
      (n) => levels.has(n),
    );
    const share = cells.number(educationColumns['Data Value'], 'a percentage from 0 to 100', (n) => n >= 0 && n <= 100);
    const suppress =
      educationColumns['Recommend Suppress'] === undefined
        ? undefined
        : cells.choice(educationColumns['Recommend Suppress'], suppressChoices, '"Y", "N" or "n/a"');
    if (!code || category === undefined || share === undefined) continue;
    const key = `${code}\u0000${category}`;
    if (educationSeen.has(key)) {
      cells.fail(educationColumns.Category, `each category once per occupation; line ${educationSeen.get(key)} has it`);
      continue;
    }
    educationSeen.set(key, record.line);
    education.push({
      onet_code: code,
      category: String(category),
      share_pct: formatNumber(share),
      suppress_recommended: suppress,
      source_id: sourceId,
    });
  }
  education.sort((a, b) => Number(a.category) - Number(b.category));

  // Related occupations, by tier and index.
  const related: OutputRow[] = [];
  const relatedCells = reader(ONET_FILES.related);
  const relatedSeen = new Map<string, number>();
  const tiers = { 'Primary-Short': 'primary-short', 'Primary-Long': 'primary-long', Supplemental: 'supplemental' };
  for (const record of table(ONET_FILES.related).records) {
    const cells = relatedCells.at(record);
    const code = occupationCode(cells, relatedColumns[CODE]);
    const other = occupationCode(cells, relatedColumns['Related O*NET-SOC Code']);
    const tier = cells.choice(
      relatedColumns['Relatedness Tier'],
      tiers,
      '"Primary-Short", "Primary-Long" or "Supplemental"',
    );
    const index = cells.number(relatedColumns.Index, 'a rank, a whole number from 1', isPositiveInteger);
    if (!code || !other || !tier || index === undefined) continue;
    const key = `${code}\u0000${other}`;
    if (code === other) {
      cells.fail(relatedColumns['Related O*NET-SOC Code'], 'an occupation other than the one in the first column');
      continue;
    }
    if (relatedSeen.has(key)) {
      cells.fail(relatedColumns['Related O*NET-SOC Code'], `each pair once; line ${relatedSeen.get(key)} has it`);
      continue;
    }
    relatedSeen.set(key, record.line);
    related.push({ onet_code: code, related_onet_code: other, tier, position: String(index), source_id: sourceId });
  }
  related.sort((a, b) => Number(a.position) - Number(b.position));

  for (const cells of readers) issues.push(...cells.issues);
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      release: release.value,
      sourceId,
      notes,
      tables: {
        onetOccupations: occupationRows,
        onetAlternateTitles: byCode([...alternateTitles.values()]),
        onetImportance: byCode(importance),
        onetTechnologySkills: byCode(technology),
        onetTasks: byCode(tasks),
        onetEducationLevels: educationLevels,
        onetEducation: byCode(education),
        onetJobZones: jobZones.sort((a, b) => Number(a.job_zone) - Number(b.job_zone)),
        onetRelatedOccupations: byCode(related),
      },
    },
  };
}

function isZone(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 5;
}

function isPositiveInteger(n: number): boolean {
  return Number.isInteger(n) && n >= 1;
}
