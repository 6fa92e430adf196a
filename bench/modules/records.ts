/**
 * `npm run aggregate` at scale: synthetic records (1M by default; RECORDS_BENCH_SIZES=1000000,10000000 for more) as
 * CSV.gz and Parquet, timed with GNU time (wall, CPU, peak memory) end to end — process start, reading the data
 * folder, loading, mapping, aggregating, checking and writing. In the same run, the same aggregation as a
 * straightforward streaming JavaScript program (bench/records-streaming.ts, papaparse) on the CSV.gz.
 * RECORDS_BENCH_DATA=<folder> keeps the generated inputs there (e.g. under /tmp, reused between runs; 10M records
 * are 750 MB) instead of in bench/out/records/.
 */
import { cpSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { markdownTable } from '../lib/markdown';
import { timedCommand, type Timed } from '../lib/timed';
import type { BenchModule } from '../lib/types';

const TSX = 'node_modules/.bin/tsx';
const sizes = (process.env.RECORDS_BENCH_SIZES ?? '1000000').split(',').map(Number);

interface Row extends Omit<Timed, 'stdout' | 'stderr'> {
  records: number;
  input: string;
  engine: string;
  mb: number;
  /** One-minute load average just before the run. */
  load: number;
  /** From the run's own progress lines: reading the files, then loading (reading and checking), then the rest. */
  phases?: { read: number; loaded: number; aggregated: number };
  /** The statements that took the most CPU time (RECORDS_PROFILE=1), most first. */
  costliest?: { cpu: number; wall: number; sql: string }[];
}

/** RECORDS_PROFILE lines → the statements with the most CPU time. */
function costliestOf(stderr: string): Row['costliest'] {
  return [...stderr.matchAll(/^profile +([\d.]+) s wall +([\d.]+) s CPU {2}(.*)$/gm)]
    .map((m) => ({ wall: Number(m[1]), cpu: Number(m[2]), sql: m[3]!.slice(0, 60) }))
    .sort((a, b) => b.cpu - a.cpu)
    .slice(0, 6);
}

const load = () => Math.round((loadavg()[0] ?? 0) * 10) / 10;

/** The seconds `npm run aggregate` prints after "read …", "loaded …" and "aggregated in" (since the engine opened). */
function phasesOf(stdout: string): Row['phases'] {
  const after = (pattern: RegExp) => Number(stdout.match(pattern)?.[1] ?? NaN);
  const phases = {
    read: after(/read \d+\/\d+ files \(.*\): [\d,]+ records in ([\d.]+) s/),
    loaded: after(/loaded [\d,]+ records in ([\d.]+) s/),
    aggregated: after(/aggregated in ([\d.]+) s/),
  };
  return Object.values(phases).every(Number.isFinite) ? phases : undefined;
}

const AIM_SECONDS = 60;
const AIM_MB = 2048;
const AIM_RATIO = 5;

const records: BenchModule = {
  name: 'records',
  title: 'Resume records: npm run aggregate (DuckDB) and a streaming JavaScript baseline',
  order: 60,
  async run({ outDir, log, machine }) {
    const dataCopy = join(outDir, 'data');
    cpSync('data', dataCopy, { recursive: true });
    const rows: Row[] = [];
    const inputs = process.env.RECORDS_BENCH_DATA ?? outDir;
    for (const n of sizes) {
      const folder = join(inputs, `synthetic-${n}`);
      mkdirSync(folder, { recursive: true });
      for (const format of ['csv.gz', 'parquet']) {
        const file = join(folder, `synthetic-records.${format}`);
        if (!existsSync(file)) {
          log(`generating ${n.toLocaleString('en-US')} synthetic records as ${format}…`);
          timedCommand(TSX, [
            'scripts/generate-synthetic-records.ts',
            '--records',
            String(n),
            '--out',
            folder,
            '--format',
            format,
          ]);
        }
        const mb = Math.round(statSync(file).size / 2 ** 20);
        log(`aggregating ${n.toLocaleString('en-US')} records from ${format} (${mb} MB)…`);
        const before = load();
        const timed = timedCommand(
          TSX,
          [
            'scripts/aggregate.ts',
            '--records',
            file,
            '--out',
            dataCopy,
            '--max-bad-records',
            String(n),
            '--bad-records-report',
            join(outDir, 'bad-records.csv'),
          ],
          { RECORDS_PROFILE: '1' },
        );
        const { stdout, stderr, ...times } = timed;
        rows.push({
          ...times,
          records: n,
          input: format,
          engine: 'DuckDB (npm run aggregate)',
          mb,
          load: before,
          phases: phasesOf(stdout),
          costliest: costliestOf(stderr),
        });
      }
      const gz = join(folder, 'synthetic-records.csv.gz');
      log(`streaming JavaScript baseline on ${n.toLocaleString('en-US')} records…`);
      const before = load();
      const { stdout: _out, stderr: _err, ...timed } = timedCommand(TSX, ['bench/records-streaming.ts', gz, dataCopy]);
      rows.push({
        ...timed,
        load: before,
        records: n,
        input: 'csv.gz',
        engine: 'streaming JavaScript (papaparse)',
        mb: Math.round(statSync(gz).size / 2 ** 20),
      });
    }
    const table = markdownTable(
      ['Records', 'Input', 'Engine', 'Wall (s)', 'CPU (s)', 'Peak memory (MB)', 'Records/s (wall)', 'Load before'],
      rows.map((r) => [
        r.records.toLocaleString('en-US'),
        `${r.input} (${r.mb} MB)`,
        r.engine,
        String(r.wallSeconds),
        String(r.cpuSeconds),
        String(r.peakRssMb),
        Math.round(r.records / Math.max(r.wallSeconds, 0.01)).toLocaleString('en-US'),
        String(r.load),
      ]),
    );
    const ratios = sizes.map((n) => {
      const duck = rows.find((r) => r.records === n && r.input === 'csv.gz' && r.engine.startsWith('DuckDB'))!;
      const js = rows.find((r) => r.records === n && r.engine.startsWith('streaming'))!;
      return `${n.toLocaleString('en-US')} records from csv.gz: the streaming JavaScript program takes ${(js.wallSeconds / duck.wallSeconds).toFixed(1)}× DuckDB's wall time (${(js.cpuSeconds / duck.cpuSeconds).toFixed(1)}× its CPU time).`;
    });
    const aims = aimLines(rows);
    const phases = rows
      .filter((r) => r.phases)
      .map((r) => {
        const p = r.phases!;
        const rest = Math.max(0, r.wallSeconds - p.aggregated);
        return (
          `${r.records.toLocaleString('en-US')} from ${r.input}: reading the file ${p.read.toFixed(1)} s, checking ` +
          `${(p.loaded - p.read).toFixed(1)} s, mapping, long tables and the SQL ${(p.aggregated - p.loaded).toFixed(1)} s, ` +
          `process start, the data folder, checking and writing the output ${rest.toFixed(1)} s.`
        );
      });
    const markdown = [
      'Synthetic records from `npm run generate:synthetic` (seed 1); each run is the whole command, as a maintainer runs',
      'it: process start, reading and checking the data folder (with the official O*NET/BLS files), loading, mapping,',
      'the SQL, checking the output and writing it. Aim on a 2-core machine: 10M records in at most 60 s and 2 GB.',
      `The machine is shared: the load average was ${machine.load} when this run began, so wall times are pessimistic;`,
      'CPU time is the steadier measure.',
      '',
      table,
      '',
      ...ratios.map((r) => `- ${r}`),
      '',
      'The aims, as measured in this run:',
      '',
      ...aims.map((line) => `- ${line}`),
      '',
      "Where DuckDB's wall time goes (from the run's own progress lines). A csv.gz is decompressed on one core (gzip",
      'cannot be split), Parquet is read on both.',
      '',
      ...phases.map((line) => `- ${line}`),
      ...costliest(rows),
    ].join('\n');
    return { markdown, data: rows };
  },
};

/** The statements with the most CPU time in the largest csv.gz run (RECORDS_PROFILE=1), as a table. */
function costliest(rows: Row[]): string[] {
  const n = Math.max(...rows.map((r) => r.records));
  const run = rows.find((r) => r.records === n && r.input === 'csv.gz' && r.engine.startsWith('DuckDB'));
  if (!run?.costliest?.length) return [];
  return [
    '',
    `The DuckDB statements with the most CPU time, ${n.toLocaleString('en-US')} records from csv.gz ` +
      '(`RECORDS_PROFILE=1 npm run aggregate …` prints every statement):',
    '',
    markdownTable(
      ['Statement (start)', 'CPU (s)', 'Wall (s)'],
      run.costliest.map((c) => [
        `\`${c.sql.replaceAll('|', '\\|').replaceAll('`', "'")}…\``,
        String(c.cpu),
        String(c.wall),
      ]),
    ),
  ];
}

/** Each aim of the issue for the largest size run, met or missed, in words with the figures. */
function aimLines(rows: Row[]): string[] {
  const n = Math.max(...rows.map((r) => r.records));
  const count = n.toLocaleString('en-US');
  const js = rows.find((r) => r.records === n && r.engine.startsWith('streaming'));
  return rows
    .filter((r) => r.records === n && r.engine.startsWith('DuckDB'))
    .flatMap((r) => {
      const lines = [
        `${count} records from ${r.input}: ${r.wallSeconds} s wall, ${r.wallSeconds <= AIM_SECONDS ? 'within' : 'over'} ` +
          `the ${AIM_SECONDS} s aim; peak ${r.peakRssMb} MB, ${r.peakRssMb <= AIM_MB ? 'within' : 'over'} the 2 GB aim.`,
      ];
      if (js && r.input === 'csv.gz') {
        const ratio = js.wallSeconds / r.wallSeconds;
        lines.push(
          `${count} records from csv.gz: ${ratio.toFixed(1)}× faster than the streaming JavaScript program in wall time ` +
            `(${(js.cpuSeconds / r.cpuSeconds).toFixed(1)}× in CPU time); the aim is ${AIM_RATIO}×: ` +
            `${ratio >= AIM_RATIO ? 'met' : 'missed'}.`,
        );
      }
      return lines;
    });
}

export default records;
