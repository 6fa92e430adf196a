/**
 * Loading, separate from aggregating: raw record files (CSV, .csv.gz, Parquet, JSON Lines; skills in one `;`
 * cell or in a long record_id,skill file) → checked staging tables in DuckDB. Every bad record is listed with
 * its file, line, field, the value found and what was expected; none is dropped silently.
 * For CSV and JSON Lines `line` is the line in the file (header = line 1, counting a quoted cell that spans
 * lines as one); for Parquet it is the row number.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';
import { EDUCATION_LEVELS, LONG_SKILL_COLUMNS, RAW_COLUMNS, SALARY_PERIODS } from '@/lib/records/contract';
import { sqlString, type DuckEngine } from '@/lib/records/duckdb';

export interface BadRecord {
  file: string;
  line: number;
  field: string;
  found: string;
  expected: string;
}

/** A file the records cannot be read from at all (wrong header, unknown format): nothing is aggregated. */
export class RecordFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
  }
}

type Format = 'csv' | 'parquet' | 'jsonl';

export function formatOf(path: string): Format | null {
  const name = path.toLowerCase();
  if (/\.csv(\.gz)?$/.test(name)) return 'csv';
  if (/\.parquet$/.test(name)) return 'parquet';
  if (/\.(jsonl|ndjson)(\.gz)?$/.test(name)) return 'jsonl';
  return null;
}

const COLUMN_NAMES = RAW_COLUMNS.map((c) => c.name);
const STAGING_COLUMNS = COLUMN_NAMES.map((name) => `"${name}" varchar`).join(', ');

function scan(path: string, format: Format): string {
  const file = sqlString(path);
  if (format === 'parquet') return `read_parquet(${file})`;
  if (format === 'jsonl') {
    const columns = COLUMN_NAMES.map((name) => `'${name}': 'VARCHAR'`).join(', ');
    return `read_json(${file}, format = 'newline_delimited', columns = {${columns}})`;
  }
  return (
    `read_csv(${file}, all_varchar = true, header = true, delim = ',', quote = '"', escape = '"', ` +
    `auto_detect = false, store_rejects = true, columns = {COLUMNS})`
  );
}

/** The header of a CSV file, read here rather than sniffed (a `;` in the skills column is not a delimiter). */
async function csvHeader(path: string): Promise<string[]> {
  const input = createReadStream(path);
  const stream = path.toLowerCase().endsWith('.gz') ? input.pipe(createGunzip()) : input;
  let text = '';
  try {
    for await (const chunk of stream) {
      text += (chunk as Buffer).toString('utf8');
      if (text.includes('\n') || text.length > 1_000_000) break;
    }
  } finally {
    input.destroy();
  }
  const first = text.split(/\r?\n/, 1)[0]!.replace(/^\uFEFF/, '');
  return (Papa.parse<string[]>(first, { delimiter: ',' }).data[0] ?? []).map((cell) => cell.trim());
}

async function columnsOf(engine: DuckEngine, path: string, format: Format): Promise<string[]> {
  if (format === 'csv') return csvHeader(path);
  if (format === 'jsonl') return COLUMN_NAMES;
  const rows = await engine.query(`describe select * from read_parquet(${sqlString(path)})`);
  return rows.map((row) => String(row.column_name));
}

type FileKind = { kind: 'records'; present: string[] } | { kind: 'skills' };

/** Whether a file holds records or long skills, from its columns; a wrong header stops the run. */
function classify(file: string, columns: string[]): FileKind {
  const set = new Set(columns);
  if (set.size === 2 && LONG_SKILL_COLUMNS.every((c) => set.has(c))) return { kind: 'skills' };
  columns.forEach((name, i) => {
    if (!COLUMN_NAMES.includes(name))
      throw new RecordFileError(file, 1, `column ${i + 1} is "${name}"; expected one of ${COLUMN_NAMES.join(', ')}`);
  });
  for (const column of RAW_COLUMNS)
    if (column.required && !set.has(column.name))
      throw new RecordFileError(
        file,
        1,
        `a column named "${column.name}" (required); the header has ${columns.join(', ')}`,
      );
  return { kind: 'records', present: columns };
}

export interface LoadedCounts {
  read: number;
  bad: number;
  valid: number;
  files: number;
}

/**
 * The staging tables: clean (every record as trimmed text but the skills cell, a blank cell null) and raw_skills
 * (long skills files). A row's key is its table's rowid, which follows the file's order (insertion order is preserved while
 * loading), so no copy and no window over every row is needed to number lines: `files` holds each file's first and
 * last rowid, and the line is worked out for the bad rows only.
 */
async function createStaging(engine: DuckEngine): Promise<void> {
  await engine.query(`create table clean (${STAGING_COLUMNS})`);
  await engine.query('create table raw_skills (record_id varchar, skill varchar)');
  await engine.query(
    'create table files (file_no integer, file varchar, tbl varchar, first_rid bigint, last_rid bigint, line_offset bigint)',
  );
  // Lines DuckDB rejected, per file, as the line number the next rows were given without them (see takeRejects).
  await engine.query('create table shifts (file_no integer, naive bigint)');
  await engine.query(
    'create table bad (tbl varchar, rid bigint, file varchar, line bigint, field varchar, found varchar, ' +
      'expected varchar, is_structural boolean)',
  );
}

/**
 * The line of the row `rid` of file `f` (a `files` row): its place in the table, moved on by one for each line
 * DuckDB rejected before it.
 */
function lineOf(rid: string, f: string): string {
  const naive = `(${rid} - ${f}.first_rid + ${f}.line_offset)`;
  return `${naive} + (select count(*) from shifts s where s.file_no = ${f}.file_no and s.naive <= ${naive})`;
}

/** Reports DuckDB's own estimate of how far a long statement is, every few seconds, while it runs. */
async function withProgress<T>(engine: DuckEngine, report: (pct: number) => void, run: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => {
    const pct = engine.connection.progress.percentage;
    if (pct > 0) report(pct);
  }, PROGRESS_EVERY_MS);
  try {
    return await run();
  } finally {
    clearInterval(timer);
  }
}

const PROGRESS_EVERY_MS = 5000;

async function rowCount(engine: DuckEngine, table: string): Promise<number> {
  const [row] = await engine.query(`select count(*) as n from ${table}`);
  return Number(row!.n);
}

/**
 * nullif(trim(cell), ''), the cell trimmed and a blank one null, cheaply: DuckDB's trim (spaces and the other
 * Unicode space separators) costs as much as reading the cell, so a cell of ASCII that neither starts nor ends with
 * a space, which trim leaves as it is, is taken as it is; any other cell is trimmed.
 */
function trimmedCell(value: string): string {
  const v = `cast(${value} as varchar)`;
  return (
    `case when strlen(${v}) = length(${v}) and not starts_with(${v}, ' ') and not ends_with(${v}, ' ') ` +
    `then nullif(${v}, '') else nullif(trim(${v}), '') end`
  );
}

/** Loads one file into clean or raw_skills, in one scan; CSV rows DuckDB cannot split go to bad. */
async function loadFile(
  engine: DuckEngine,
  path: string,
  shown: string,
  fileNo: number,
  onProgress: (pct: number) => void,
): Promise<void> {
  const format = formatOf(path);
  if (!format) throw new RecordFileError(shown, 0, 'a .csv, .csv.gz, .parquet, .jsonl or .ndjson file');
  const columns = await columnsOf(engine, path, format);
  const kind = classify(shown, columns);
  const csvColumns = `{${columns.map((c) => `'${c.replaceAll("'", "''")}': 'VARCHAR'`).join(', ')}}`;
  const source = scan(path, format).replace('{COLUMNS}', csvColumns);
  const table = kind.kind === 'skills' ? 'raw_skills' : 'clean';
  const first = await rowCount(engine, table);
  if (kind.kind === 'skills') {
    await engine.query(
      `insert into raw_skills select cast(record_id as varchar), cast(skill as varchar) from ${source}`,
    );
  } else {
    // The skills cell, the long one, is kept as written: its `;`-separated spellings are trimmed one by one later,
    // per distinct spelling, so a blank cell and a cell of spaces both list nothing.
    const cell = (name: string) => (name === 'skills' ? `cast("${name}" as varchar)` : trimmedCell(`"${name}"`));
    const select = COLUMN_NAMES.map((name) =>
      kind.present.includes(name) || format === 'jsonl' ? cell(name) : 'null',
    ).join(', ');
    await withProgress(engine, onProgress, () => engine.query(`insert into clean select ${select} from ${source}`));
  }
  const last = (await rowCount(engine, table)) - 1;
  // CSV data rows start at line 2 (the header is line 1); JSON Lines and Parquet rows at 1.
  const offset = format === 'csv' ? 2 : 1;
  await engine.query(
    `insert into files values (${fileNo}, ${sqlString(shown)}, '${table}', ${first}, ${last}, ${offset})`,
  );
  if (format === 'csv') await takeRejects(engine, shown, fileNo);
}

/**
 * DuckDB keeps rows it could not split in reject_errors, with their line. Rows after a rejected one were
 * numbered without it: the j-th rejected line (j from 0) took the place the next row got, its line − j.
 */
async function takeRejects(engine: DuckEngine, shown: string, fileNo: number): Promise<void> {
  const rejects = await engine.query('select distinct line, error_message, csv_line from reject_errors order by line');
  if (rejects.length === 0) return;
  const file = sqlString(shown);
  const lines = [...new Set(rejects.map((reject) => Number(reject.line)))].sort((a, b) => a - b);
  await engine.query(`insert into shifts values ${lines.map((line, j) => `(${fileNo}, ${line - j})`).join(', ')}`);
  for (const reject of rejects) {
    await engine.query(
      `insert into bad values (null, null, ${file}, ${Number(reject.line)}, '(row)', ` +
        `${sqlString(String(reject.csv_line ?? '').slice(0, 200))}, ` +
        `${sqlString(`a row of the header's columns (${String(reject.error_message)})`)}, true)`,
    );
  }
  await engine.query('delete from reject_errors');
  await engine.query('delete from reject_scans');
}

const CHECKS: { field: string; test: string; expected: string }[] = [
  { field: 'record_id', test: 'record_id is null', expected: 'a record id: this column is required' },
  { field: 'title', test: 'title is null', expected: 'a job title: this column is required' },
  {
    field: 'salary',
    test: 'salary is not null and (try_cast(salary as double) is null or try_cast(salary as double) <= 0)',
    expected: 'a number greater than 0, without currency signs or thousands separators, e.g. 52000',
  },
  {
    field: 'salary_period',
    test: `salary_period is not null and salary_period not in (${Object.keys(SALARY_PERIODS).map(sqlString).join(', ')})`,
    expected: `one of ${Object.keys(SALARY_PERIODS).join(', ')} (blank means year)`,
  },
  {
    field: 'education',
    test: `education is not null and education not in (${EDUCATION_LEVELS.map(sqlString).join(', ')})`,
    expected: `one of ${EDUCATION_LEVELS.join(', ')}`,
  },
  {
    field: 'date',
    // bad_dates holds the distinct dates that fail, checked once each (a few thousand, not one per record).
    test: `"date" in (select value from bad_dates)`,
    expected: 'a real calendar date written YYYY-MM-DD, e.g. 2024-03-31',
  },
];

/**
 * Checks each field of every record (all checks in one scan) and each record id's uniqueness; the records with
 * no problem are the view `valid`.
 */
async function checkRecords(engine: DuckEngine): Promise<void> {
  const found = (field: string) => (field === 'record_id' || field === 'title' ? "''" : `"${field}"`);
  const unpivot = CHECKS.map(
    (check) =>
      `select rid, ${sqlString(check.field)} as field, ${found(check.field)} as found, ${sqlString(check.expected)} as expected from failing where ${check.test}`,
  ).join(' union all ');
  const any = CHECKS.map((check) => `(${check.test})`).join(' or ');
  await engine.query(`
    create table bad_dates as
    select value from (select distinct "date" as value from clean where "date" is not null)
    where not regexp_full_match(value, '\\d{4}-\\d{2}-\\d{2}') or try_cast(value as date) is null`);
  await engine.query(`
    insert into bad (tbl, rid, field, found, expected, is_structural)
    select 'clean', rid, field, found, expected, false from (
      with failing as materialized (select rowid as rid, * from clean where ${any})
      ${unpivot}
    )`);
  // Repeated ids: found with a hash aggregate first, so lines and the ordered window are worked out for the repeats only.
  await engine.query(`
    insert into bad
    select 'clean', rid, file, line, 'record_id', record_id,
      'a unique record_id; ' || first_file || ' line ' || cast(first_line as varchar) || ' has the same', false
    from (
      select rid, file, line, record_id,
        row_number() over (partition by record_id order by file, line) as nth,
        first_value(file) over (partition by record_id order by file, line) as first_file,
        first_value(line) over (partition by record_id order by file, line) as first_line
      from (
        select c.rowid as rid, f.file, ${lineOf('c.rowid', 'f')} as line, c.record_id
        from clean c join files f on f.tbl = 'clean' and c.rowid between f.first_rid and f.last_rid
        where c.record_id in (select record_id from clean where record_id is not null group by record_id having count(*) > 1)
      )
    ) where nth > 1`);
  // The bad records leave `clean` (a delete only marks them; the rowids of the others stay), so every later scan
  // reads `valid` without an anti-join against `bad`.
  await engine.query("delete from clean where rowid in (select rid from bad where tbl = 'clean')");
  await engine.query('create view valid as select rowid as rid, * from clean');
  if ((await rowCount(engine, 'raw_skills')) > 0) {
    await engine.query(`
      insert into bad (tbl, rid, field, found, expected, is_structural)
      select 'raw_skills', s.rowid, 'record_id', coalesce(trim(s.record_id), ''),
        'the record_id of a valid record in the records files', false
      from raw_skills s
      where trim(s.record_id) is null or trim(s.record_id) = ''
        or not exists (select 1 from valid v where v.record_id = trim(s.record_id))`);
    await engine.query(`
      insert into bad (tbl, rid, field, found, expected, is_structural)
      select 'raw_skills', rowid, 'skill', '', 'a skill name: this column is required', false
      from raw_skills where trim(skill) is null or trim(skill) = ''`);
    await engine.query("delete from raw_skills where rowid in (select rid from bad where tbl = 'raw_skills')");
  }
  // The file and line of each bad row, now that there are only the bad ones to number.
  await engine.query(`
    update bad set file = f.file, line = ${lineOf('bad.rid', 'f')}
    from files f
    where bad.line is null and f.tbl = bad.tbl and bad.rid between f.first_rid and f.last_rid`);
}

/** Reads every file into the checked table `valid` (and raw_skills); the bad ones are in `bad`. */
export async function loadRecords(
  engine: DuckEngine,
  files: readonly string[],
  progress: {
    /** A file is read, and how many records have been read so far. */
    onFile?: (file: string, done: number, recordsSoFar: number) => void;
    /** DuckDB's estimate of how much of the current file is read, in percent. */
    onReading?: (file: string, pct: number) => void;
  } = {},
): Promise<LoadedCounts> {
  await createStaging(engine);
  await engine.query('set enable_progress_bar = true');
  await engine.query('set enable_progress_bar_print = false');
  let done = 0;
  for (const path of files) {
    await loadFile(engine, path, basename(path), done, (pct) => progress.onReading?.(path, pct));
    const [row] = await engine.query('select count(*) as n from clean');
    progress.onFile?.(path, ++done, Number(row!.n));
  }
  const [loaded] = await engine.query('select count(*) as n from clean');
  await checkRecords(engine);
  // Rowids now hold each record's place in its file; what follows is ordered by its own ORDER BY clauses.
  await engine.query('set preserve_insertion_order = false');
  const [row] = await engine.query(`
    select
      ${Number(loaded!.n)} + (select count(*) from bad where is_structural) as "read",
      (select count(*) from (select distinct file, line from bad)) as bad,
      (select count(*) from clean) as valid`);
  return { read: Number(row!.read), bad: Number(row!.bad), valid: Number(row!.valid), files: files.length };
}

/** The bad records, in file and line order; `limit` keeps a huge list from being read into memory. */
export async function badRecords(engine: DuckEngine, limit: number): Promise<BadRecord[]> {
  const rows = await engine.query(
    `select file, line, field, found, expected from bad order by file, line, field limit ${Math.max(0, Math.floor(limit))}`,
  );
  return rows.map((row) => ({
    file: String(row.file),
    line: Number(row.line),
    field: String(row.field),
    found: String(row.found ?? ''),
    expected: String(row.expected),
  }));
}
