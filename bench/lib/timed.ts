/** Runs a command under GNU time (/usr/bin/time -v) and reads its wall clock, CPU time and peak memory. */
import { spawnSync } from 'node:child_process';

export interface Timed {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  stdout: string;
  /** The command's own stderr, without GNU time's report. */
  stderr: string;
}

export function timedCommand(command: string, args: string[], env: Record<string, string> = {}): Timed {
  const run = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stderr.slice(-3000)}`);
  const read = (label: string) => run.stderr.match(new RegExp(`${label}: ([\\d.:]+)`))?.[1] ?? '0';
  const wall = read('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
  return {
    wallSeconds: Math.round(wall * 10) / 10,
    cpuSeconds:
      Math.round((Number(read('User time \\(seconds\\)')) + Number(read('System time \\(seconds\\)'))) * 10) / 10,
    peakRssMb: Math.round(Number(read('Maximum resident set size \\(kbytes\\)')) / 1024),
    stdout: run.stdout,
    stderr: run.stderr.split(/\n\s*Command being timed:/)[0] ?? '',
  };
}
