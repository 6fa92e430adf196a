/**
 * O*NET database text files → rows of the project's onet_* tables. Pure: file bytes in, rows out.
 * Each source file has its own reader (`readers/onet-*.ts`); this module checks the folder, finds
 * every reader's columns, runs the readers in dependency order (occupations first: every other file's
 * codes must be among them) and assembles the tables.
 *
 * Two layouts exist and both are read: the genuine text download (27.0: zero-padded numbers, no
 * "In Demand" column in Technology Skills) and the 29.3 files converted from the Excel edition
 * (unpadded numbers, with "In Demand"). Columns are found by their header names, so the layout is
 * whatever the header says — never inferred from a folder name.
 */
import type { DataIssue } from '@/lib/data/issues';
import { prepareReader, type OutputRow, type PreparedReader, type SourceFileReader } from '@/lib/import/reader';
import { alternateTitlesReader } from '@/lib/import/readers/onet-alternate-titles';
import { MISSING, ONET_FILES } from '@/lib/import/readers/onet-common';
import { educationReader } from '@/lib/import/readers/onet-education';
import { educationCategoriesReader } from '@/lib/import/readers/onet-education-categories';
import { jobZoneReferenceReader } from '@/lib/import/readers/onet-job-zone-reference';
import { jobZonesReader } from '@/lib/import/readers/onet-job-zones';
import { occupationsReader } from '@/lib/import/readers/onet-occupations';
import { knowledgeReader, skillsReader, type RatingsContext } from '@/lib/import/readers/onet-ratings';
import { readRelease, type OnetRelease } from '@/lib/import/readers/onet-readme';
import { relatedReader } from '@/lib/import/readers/onet-related';
import { interestsReader } from '@/lib/import/readers/onet-interests';
import { workStylesReader } from '@/lib/import/readers/onet-work-styles';
import { scalesReader } from '@/lib/import/readers/onet-scales';
import { tasksReader } from '@/lib/import/readers/onet-tasks';
import { technologyReader } from '@/lib/import/readers/onet-technology';
import { parseTabText, type RawTable, type Read } from '@/lib/import/table';
import { slugify } from '@/lib/text/slug';

export type { OutputRow } from '@/lib/import/reader';
export type { OnetRelease } from '@/lib/import/readers/onet-readme';
export { ONET_FILES } from '@/lib/import/readers/onet-common';

/**
 * Skills and Knowledge are optional: some editions in circulation lack them (the 27.0 subset here);
 * so are Interests and Work Styles (not in that subset either).
 */
const OPTIONAL_FILES = new Set<string>([
  ONET_FILES.skills,
  ONET_FILES.knowledge,
  ONET_FILES.interests,
  ONET_FILES.workStyles,
]);

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
    onetInterests: OutputRow[];
    onetWorkStyles: OutputRow[];
  };
  /** What a maintainer should know about this input: layout differences, merged duplicates, files absent. */
  notes: string[];
}

/** Rows sorted by O*NET-SOC code, keeping the file's order within an occupation (a stable sort). */
function byCode(rows: OutputRow[]): OutputRow[] {
  return rows.sort((a, b) => (a.onet_code! < b.onet_code! ? -1 : a.onet_code! > b.onet_code! ? 1 : 0));
}

/** Every required file present (Read Me included); the optional ones may be absent. */
function missingFiles(files: ReadonlyMap<string, Uint8Array>): DataIssue[] {
  return Object.values(ONET_FILES)
    .filter((file) => !files.has(file) && !OPTIONAL_FILES.has(file))
    .map((file) => ({
      file,
      line: 0,
      column: 0,
      expected: 'this file of the O*NET database text download in the --onet folder; it is missing',
    }));
}

/** Parses every table file present. */
function parseTables(files: ReadonlyMap<string, Uint8Array>): Read<Map<string, RawTable>> {
  const tables = new Map<string, RawTable>();
  const issues: DataIssue[] = [];
  for (const file of Object.values(ONET_FILES)) {
    const bytes = files.get(file);
    if (file === ONET_FILES.readme || !bytes) continue;
    const parsed = parseTabText(file, bytes);
    if (parsed.ok) tables.set(file, parsed.value);
    else issues.push(...parsed.issues);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: tables };
}

/** Page ids: the title's slug, unless a hand-made role or another title has it already (then the code is appended). */
function pageIds(codes: readonly string[], titleOf: (code: string) => string, takenIds: ReadonlySet<string>) {
  const ids = new Map<string, string>();
  const used = new Set(takenIds);
  for (const code of codes) {
    const slug = slugify(titleOf(code)) || 'occupation';
    const id = used.has(slug) ? `${slug}-${slugify(code)}` : slug;
    used.add(id);
    ids.set(code, id);
  }
  return ids;
}

/** Every reader bound to its file's columns (absent: its optional file is not in the folder). */
function prepareReaders(tables: ReadonlyMap<string, RawTable>) {
  // Every reader's columns first, so that a wrong layout is reported for all files at once.
  const issues: DataIssue[] = [];
  const prepare = <C, V, R extends string, O extends string>(
    reader: SourceFileReader<C, V, R, O>,
  ): PreparedReader<C, V> | undefined => {
    const table = tables.get(reader.file);
    if (!table) return undefined;
    const prepared = prepareReader(reader, table, MISSING);
    if (prepared.ok) return prepared.value;
    issues.push(...prepared.issues);
    return undefined;
  };
  const readers = {
    occupations: prepare(occupationsReader),
    alternateTitles: prepare(alternateTitlesReader),
    scales: prepare(scalesReader),
    skills: prepare(skillsReader),
    knowledge: prepare(knowledgeReader),
    technology: prepare(technologyReader),
    tasks: prepare(tasksReader),
    education: prepare(educationReader),
    educationCategories: prepare(educationCategoriesReader),
    jobZones: prepare(jobZonesReader),
    jobZoneReference: prepare(jobZoneReferenceReader),
    related: prepare(relatedReader),
    interests: prepare(interestsReader),
    workStyles: prepare(workStylesReader),
  };
  return issues.length > 0 ? { ok: false as const, issues } : { ok: true as const, value: readers };
}

type PreparedReaders = Extract<ReturnType<typeof prepareReaders>, { ok: true }>['value'];

/**
 * Runs the readers in dependency order (occupations first: every other file's codes must be among
 * them), collecting every reader's issues and notes.
 */
function runReaders(readers: PreparedReaders, tables: ReadonlyMap<string, RawTable>, sourceId: string) {
  const issues: DataIssue[] = [];
  const notes: string[] = [];
  /** Runs a reader (present: every required file was checked before), keeping its issues and notes. */
  const run = <C, V>(reader: PreparedReader<C, V> | undefined, context: C): V => {
    const result = reader!(context);
    issues.push(...result.issues);
    notes.push(...result.notes);
    return result.value;
  };
  const occupations = run(readers.occupations, undefined);
  const withCodes = { occupations, sourceId };
  const zoneReference = run(readers.jobZoneReference, { sourceId });
  const zoneOf = run(readers.jobZones, { occupations, zones: zoneReference.zones });
  const alternateTitles = run(readers.alternateTitles, withCodes);
  const ratings: RatingsContext = { ...withCodes, importanceScale: run(readers.scales, undefined) };
  const importance: OutputRow[] = [];
  for (const [file, reader, domain] of [
    [ONET_FILES.skills, readers.skills, 'skill'],
    [ONET_FILES.knowledge, readers.knowledge, 'knowledge'],
  ] as const) {
    if (reader) importance.push(...run(reader, ratings));
    else notes.push(`${file} is not in this folder: no ${domain} importance ratings were imported.`);
  }
  const technology = run(readers.technology, withCodes);
  const tasks = run(readers.tasks, withCodes);
  const categories = run(readers.educationCategories, { sourceId });
  const education = run(readers.education, { ...withCodes, levels: categories.levels });
  const related = run(readers.related, withCodes);
  const optional = <V>(file: string, what: string, read: () => V[]): V[] => {
    if (tables.has(file)) return read();
    notes.push(`${file} is not in this folder: no ${what} were imported.`);
    return [];
  };
  const interests = optional(ONET_FILES.interests, 'interest profiles', () => run(readers.interests, withCodes));
  const workStyles = optional(ONET_FILES.workStyles, 'work style ratings', () => run(readers.workStyles, ratings));
  const read = {
    occupations,
    zoneOf,
    alternateTitles,
    importance,
    technology,
    tasks,
    categories,
    education,
    related,
    interests,
    workStyles,
    zoneReference,
  };
  return { read, issues, notes };
}

/** The onet_occupations rows, in code order, each with its page id and job zone. */
function occupationRows(read: ReturnType<typeof runReaders>['read'], sourceId: string, takenIds: ReadonlySet<string>) {
  const { occupations, zoneOf } = read;
  const codes = [...occupations.keys()].sort();
  const ids = pageIds(codes, (code) => occupations.get(code)!.title, takenIds);
  return codes.map((code): OutputRow => {
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
}

/**
 * Converts an O*NET folder (file name → bytes). `takenIds` are page ids already used by hand-made
 * roles: an occupation whose title slug is taken gets its code appended instead.
 */
export function importOnet(files: ReadonlyMap<string, Uint8Array>, takenIds: ReadonlySet<string>): Read<OnetImport> {
  const absent = missingFiles(files);
  if (absent.length > 0) return { ok: false, issues: absent };
  const release = readRelease(files.get(ONET_FILES.readme)!);
  if (!release.ok) return release;
  const sourceId = `onet-${release.value.version.replace('.', '-')}`;
  const parsed = parseTables(files);
  if (!parsed.ok) return parsed;
  const readers = prepareReaders(parsed.value);
  if (!readers.ok) return readers;
  const { read, issues, notes } = runReaders(readers.value, parsed.value, sourceId);
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      release: release.value,
      sourceId,
      notes,
      tables: {
        onetOccupations: occupationRows(read, sourceId, takenIds),
        onetAlternateTitles: byCode(read.alternateTitles),
        onetImportance: byCode(read.importance),
        onetTechnologySkills: byCode(read.technology),
        onetTasks: byCode(read.tasks),
        onetEducationLevels: read.categories.rows,
        onetEducation: byCode(read.education),
        onetJobZones: read.zoneReference.rows,
        onetRelatedOccupations: byCode(read.related),
        onetInterests: byCode(read.interests),
        onetWorkStyles: byCode(read.workStyles),
      },
    },
  };
}
