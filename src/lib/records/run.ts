/**
 * One aggregation run: the data folder (for the mapping files and roles) and raw record files → the record
 * files of the contract, or the reasons there are none. Loads with DuckDB, maps titles and names in code
 * (on distinct values only), then runs the portable SQL of sql/aggregate/.
 */
import { formatIssue } from '@/lib/data/issues';
import { validateDataFolder } from '@/lib/data/validate';
import { EDUCATION_LEVELS } from '@/lib/records/contract';
import { appendRows, openDuckDb, type DuckEngine } from '@/lib/records/duckdb';
import { runAggregation, type AggregateParams } from '@/lib/records/engine';
import { badRecords, loadRecords, type BadRecord } from '@/lib/records/load';
import {
  aliasIndex,
  buildTitleIndex,
  mergeNames,
  occupationSuggester,
  type Counted,
  type Merge,
  type Suggestion,
} from '@/lib/records/mapping';
import { titleKey } from '@/lib/records/normalise';
import { contractFiles, contractRows } from '@/lib/records/output';

export interface RunOptions {
  /** Record files, already listed (a folder's files in name order). */
  files: readonly string[];
  /** The data folder's files: roles, record_titles.csv, record_skill_aliases.csv, O*NET titles. */
  dataFolder: ReadonlyMap<string, Uint8Array>;
  params: AggregateParams;
  /** Bad records accepted before the run fails. */
  maxBadRecords: number;
  /** What the records are, for record_run.csv. */
  title: string;
  /** Day of the run, YYYY-MM-DD. */
  date: string;
  progress: (line: string) => void;
  /** Called with the engine once the long tables are built (the tests copy them to a second engine). */
  onLongTables?: (engine: DuckEngine) => Promise<void>;
}

export interface UnmappedTitle {
  title: string;
  records: number;
  suggestions: Suggestion[];
}

export interface RunSummary {
  read: number;
  mapped: number;
  unmapped: number;
  bad: number;
  unmappedTitles: UnmappedTitle[];
  skillMerges: Merge[];
}

export type RunResult =
  | { ok: true; files: Map<string, string>; summary: RunSummary; bad: BadRecord[] }
  | { ok: false; problems: string[]; bad: BadRecord[]; badCount: number };

const SHOWN_BAD = 20;

async function counted(engine: DuckEngine, sql: string): Promise<Counted[]> {
  const rows = await engine.query(sql);
  return rows.map((row) => ({ value: String(row.value), records: Number(row.records) }));
}

/**
 * record_skill_list (record, skill), for the mapped records, each skill once per record: set-wise per record, with
 * no join and no global DISTINCT over the listings. Each spelling is a value of the ENUM type record_spelling, whose
 * code indexes a list of skill numbers (NULL for a spelling that names no skill); list_distinct drops the repeats
 * and the NULLs of one record. Listings from a long skills file, if any, join in by record id and spelling.
 */
async function buildRecordSkills(engine: DuckEngine, longSkills: boolean): Promise<void> {
  const [spellingRow] = await engine.query('select count(*) as n from spelling_counts');
  const mapped = 'v.title in (select title from title_map)';
  if (Number(spellingRow!.n) === 0) {
    await engine.query('create table record_skill_no (record_id bigint, skill_no integer)');
  } else {
    await engine.query('create type record_spelling as enum (select raw from spelling_counts)');
    await engine.query(`
      create table spelling_skill as
      select list(m.skill_no order by enum_code(s.raw::record_spelling)) as skill_nos
      from spelling_counts s left join skill_map m on m.raw = s.raw`);
    const cells = `
      select v.rid as record_id,
        unnest(list_distinct(list_select(
          (select skill_nos from spelling_skill),
          list_transform(string_split(v.skills, ';'), lambda x: enum_code(x::record_spelling) + 1)
        ))) as skill_no
      from valid v
      where v.skills is not null and ${mapped}`;
    const long = `
      select v.rid, m.skill_no
      from raw_skills k
      join valid v on v.record_id = trim(k.record_id)
      join skill_map m on m.raw = k.skill
      where ${mapped}`;
    await engine.query(
      `create table record_skill_no as ${longSkills ? `select distinct * from (${cells} union all ${long})` : cells}`,
    );
  }
  await engine.query(`
    create view record_skill_list as
    select s.record_id, n.skill from record_skill_no s join skill_names n on n.skill_no = s.skill_no`);
}

type DataTables = ReturnType<typeof validateDataFolder>['tables'];

/** title_map (title → role or occupation group) for every title a record gives; returns the titles that map to none. */
async function buildTitleMap(engine: DuckEngine, index: ReturnType<typeof buildTitleIndex>['index']) {
  const titles = await counted(engine, 'select title as value, count(*) as records from valid group by title');
  await engine.query('create table title_map (title varchar, kind varchar, group_id varchar)');
  const unmapped: Counted[] = [];
  const mappedRows: [string, string, string][] = [];
  for (const title of titles) {
    const group = index.get(titleKey(title.value));
    if (group) mappedRows.push([title.value, group.kind, group.groupId]);
    else unmapped.push(title);
  }
  await appendRows(engine.connection, 'title_map', mappedRows);
  return unmapped.sort((a, b) => b.records - a.records || (a.value < b.value ? -1 : 1));
}

/**
 * spelling_counts, skill_map (spelling → skill number) and skill_names (number → display name). Every spelling as
 * written (untrimmed), counted by listing: the trimming and the normalisation run once per distinct spelling, in
 * JavaScript, not once per listing. Blank spellings are counted too, so that each spelling has a place in the
 * record_spelling type, but they name no skill.
 */
async function buildSkillMap(engine: DuckEngine, data: DataTables) {
  const [longRow] = await engine.query('select count(*) as n from raw_skills');
  const longSkills = Number(longRow!.n) > 0;
  await engine.query(`
    create table spelling_counts as
    select raw, count(*) as records from (
      select unnest(string_split(skills, ';')) as raw from valid where skills is not null
      ${longSkills ? 'union all select skill from raw_skills' : ''}
    ) group by raw`);
  const spellings = (await engine.query('select raw, trim(raw) as value, records from spelling_counts')).filter(
    (row) => String(row.value) !== '',
  );
  // Listings, not distinct records: the counts only choose display names and rank the merges.
  const trimmedCounts = new Map<string, number>();
  for (const row of spellings)
    trimmedCounts.set(String(row.value), (trimmedCounts.get(String(row.value)) ?? 0) + Number(row.records));
  const skillCounts = [...trimmedCounts].map(([value, records]) => ({ value, records }));
  const skills = mergeNames(skillCounts, aliasIndex(data.recordSkillAliases.map(({ row }) => row)));
  // Spellings → a number per display name, so the per-record work handles integers, not names.
  const skillNo = new Map([...new Set(skills.names.values())].map((name, i) => [name, String(i)]));
  await engine.query('create table skill_map (raw varchar, skill_no integer)');
  await appendRows(
    engine.connection,
    'skill_map',
    // A spelling with no name (nothing left once normalised) maps to no skill, as before.
    spellings.flatMap((row) => {
      const name = skills.names.get(String(row.value));
      return name === undefined ? [] : [[String(row.raw), skillNo.get(name)!]];
    }),
  );
  await engine.query('create table skill_names (skill_no integer, skill varchar)');
  await appendRows(
    engine.connection,
    'skill_names',
    [...skillNo].map(([name, no]) => [no, name]),
  );
  return { longSkills, merges: skills.merges };
}

/** employer_map and industry_map: each spelling as written → its merged display name. */
async function buildNameMaps(engine: DuckEngine) {
  for (const column of ['employer', 'industry']) {
    const names = mergeNames(
      await counted(
        engine,
        `select ${column} as value, count(*) as records from valid where ${column} is not null group by ${column}`,
      ),
      new Map(),
      titleKey,
    ).names;
    await engine.query(`create table ${column}_map (raw varchar, name varchar)`);
    await appendRows(engine.connection, `${column}_map`, names);
  }
}

/** records (one row per mapped record, salary a year), record_skill_list, education_levels; the raw rows dropped. */
async function buildRecordTables(engine: DuckEngine, longSkills: boolean) {
  await engine.query(`
    create table records as
    select v.rid as record_id, m.kind, m.group_id, e.name as employer, i.name as industry,
      cast(v.salary as double) * case coalesce(v.salary_period, 'year') when 'month' then 12 when 'hour' then 2080 else 1 end
        as salary_usd,
      v.education, cast(v."date" as date) as record_date
    from valid v
    join title_map m on m.title = v.title
    left join employer_map e on e.raw = v.employer
    left join industry_map i on i.raw = v.industry`);
  await buildRecordSkills(engine, longSkills);
  // The raw records are no longer needed: their memory goes to the aggregation.
  await engine.query('drop view valid');
  await engine.query('drop table clean');
  await engine.query('create table education_levels (education varchar, position integer)');
  await engine.query(
    `insert into education_levels values ${EDUCATION_LEVELS.map((level, i) => `('${level}', ${i + 1})`).join(', ')}`,
  );
}

/** Maps titles, skills, employers and industries, then builds the long tables the SQL reads. */
async function buildLongTables(engine: DuckEngine, data: DataTables) {
  const { index, issues } = buildTitleIndex({
    titles: data.recordTitles.map(({ row, line }) => ({ ...row, line })),
    roles: data.roles.map(({ row }) => row),
  });
  if (issues.length > 0) return { problems: issues.map((issue) => formatIssue(issue)) };
  const unmapped = await buildTitleMap(engine, index);
  const { longSkills, merges } = await buildSkillMap(engine, data);
  await buildNameMaps(engine);
  await buildRecordTables(engine, longSkills);
  return { unmapped, skillMerges: merges };
}

/**
 * The files of the data folder the run reads or must stay consistent with: the mapping inputs, roles and
 * occupations (references), their sources, and its own outputs. The other official files are big and have
 * nothing to do with records; `npm run build` checks the folder as a whole.
 */
const RELEVANT = new Set([
  'sources.csv',
  'official_sources.csv',
  'roles.csv',
  'onet_occupations.csv',
  'onet_alternate_titles.csv',
  'record_titles.csv',
  'record_skill_aliases.csv',
]);
const relevant = (files: ReadonlyMap<string, Uint8Array>) => new Map([...files].filter(([name]) => RELEVANT.has(name)));

/** The folder as `npm run build` will read it, the new record files in place of the old ones: its problems. */
function checkAgainstFolder(folder: ReadonlyMap<string, Uint8Array>, files: ReadonlyMap<string, string>): string[] {
  const next = relevant(folder);
  for (const [name, text] of files) next.set(name, new TextEncoder().encode(text));
  return validateDataFolder(next).issues.map((issue) => formatIssue(issue));
}

export async function runAggregate(options: RunOptions): Promise<RunResult> {
  const folder = validateDataFolder(relevant(options.dataFolder));
  if (folder.issues.length > 0)
    return { ok: false, problems: folder.issues.map((issue) => formatIssue(issue)), bad: [], badCount: 0 };

  const engine = await openDuckDb();
  try {
    const started = performance.now();
    const elapsed = () => (performance.now() - started) / 1000;
    const counts = await loadRecords(engine, options.files, {
      onReading: (file, pct) => options.progress(`reading ${file}: ${pct.toFixed(0)}% after ${elapsed().toFixed(0)} s`),
      onFile: (file, done, soFar) =>
        options.progress(
          `read ${done}/${options.files.length} files (${file}): ${soFar.toLocaleString('en-US')} records in ` +
            `${elapsed().toFixed(1)} s (${Math.round(soFar / Math.max(elapsed(), 0.001)).toLocaleString('en-US')} records/s)`,
        ),
    });
    const seconds = (performance.now() - started) / 1000;
    options.progress(
      `loaded ${counts.read.toLocaleString('en-US')} records in ${seconds.toFixed(1)} s ` +
        `(${Math.round(counts.read / Math.max(seconds, 0.001)).toLocaleString('en-US')} records/s)`,
    );
    if (counts.bad > options.maxBadRecords) {
      return {
        ok: false,
        problems: [
          `${counts.bad} bad record${counts.bad === 1 ? '' : 's'}, more than --max-bad-records ${options.maxBadRecords} accepts`,
        ],
        bad: await badRecords(engine, SHOWN_BAD),
        badCount: counts.bad,
      };
    }
    const bad = await badRecords(engine, Number.MAX_SAFE_INTEGER);

    const long = await buildLongTables(engine, folder.tables);
    if ('problems' in long) return { ok: false, problems: long.problems ?? [], bad, badCount: counts.bad };
    const [mappedRow] = await engine.query('select count(*) as n from records');
    const mapped = Number(mappedRow!.n);
    const suggest = occupationSuggester([
      ...folder.tables.onetOccupations.map(({ row }) => row),
      ...folder.tables.onetAlternateTitles.map(({ row }) => row),
    ]);
    const unmappedTitles = long.unmapped.slice(0, 20).map((title) => ({
      title: title.value,
      records: title.records,
      suggestions: suggest(title.value),
    }));

    await options.onLongTables?.(engine);
    const result = await runAggregation(engine, options.params);
    options.progress(`aggregated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const run = {
      title: options.title,
      date: options.date,
      recordsRead: counts.read,
      mapped,
      unmapped: counts.valid - mapped,
      bad: counts.bad,
      minRecords: options.params.minRecords,
    };
    const files = contractFiles(contractRows(result, run));
    const problems = checkAgainstFolder(options.dataFolder, files);
    if (problems.length > 0) return { ok: false, problems, bad, badCount: counts.bad };
    const summary = { read: counts.read, mapped, unmapped: run.unmapped, bad: counts.bad, unmappedTitles };
    return { ok: true, files, bad, summary: { ...summary, skillMerges: long.skillMerges } };
  } finally {
    engine.close();
  }
}
