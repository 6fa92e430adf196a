/**
 * A throwaway PostgreSQL 15 for the tests: a cluster made with initdb in a temporary folder, started on
 * 127.0.0.1 on a free port (as the `postgres` system user when the tests run as root: PostgreSQL refuses
 * root), and stopped and deleted after. Missing PostgreSQL is a failure with install instructions, never a skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { SqlEngine, SqlRow } from '@/lib/records/engine';

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export const POSTGRES_MISSING =
  `PostgreSQL 15 is not installed (no ${BIN}/initdb). The tests run the aggregation SQL on it as a second engine: ` +
  'install it with `apt-get install -y postgresql` (Debian; .ci/run does this), or set PG_BIN to the folder of initdb and pg_ctl.';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Postgres extends SqlEngine {
  client: pg.Client;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<Postgres> {
  if (!existsSync(join(BIN, 'initdb'))) throw new Error(POSTGRES_MISSING);
  const folder = await mkdtemp(join(tmpdir(), 'atlas-pg-'));
  const data = join(folder, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    await chown(folder, uid, gid);
    await chmod(folder, 0o700);
  }
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(BIN, command), ...args], { stdio: 'pipe' })
      : execFileSync(join(BIN, command), args, { stdio: 'pipe' });
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'atlas', '--auth=trust', '--locale=C', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(folder, 'log'), '-w', 'start']);
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'atlas', database: 'postgres' });
  await client.connect();
  return {
    client,
    async query(sql) {
      const result = await client.query(sql);
      return result.rows as SqlRow[];
    },
    async stop() {
      await client.end().catch(() => {});
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}

/** The long tables the aggregation reads, in PostgreSQL types. */
const LONG_TABLES: Record<string, string> = {
  records:
    'record_id text, kind text, group_id text, employer text, industry text, salary_usd double precision, ' +
    'education text, record_date date',
  record_skill_list: 'record_id text, skill text',
  education_levels: 'education text, position integer',
};

/** Copies the long tables from one engine (DuckDB after loading) into PostgreSQL. */
export async function copyLongTables(from: SqlEngine, to: Postgres): Promise<void> {
  for (const [table, columns] of Object.entries(LONG_TABLES)) {
    await to.query(`drop table if exists ${table}`);
    await to.query(`create table ${table} (${columns})`);
    const names = columns.split(', ').map((c) => c.split(' ')[0]!);
    const select = names.map((n) => (n === 'record_date' ? `cast(${n} as varchar) as ${n}` : n)).join(', ');
    const rows = await from.query(`select ${select} from ${table}`);
    for (let start = 0; start < rows.length; start += 500) {
      const batch = rows.slice(start, start + 500);
      const values: unknown[] = [];
      const tuples = batch.map((row) => {
        const slots = names.map((name) => {
          values.push(row[name] ?? null);
          return `$${values.length}`;
        });
        return `(${slots.join(', ')})`;
      });
      await to.client.query(`insert into ${table} (${names.join(', ')}) values ${tuples.join(', ')}`, values);
    }
  }
}
