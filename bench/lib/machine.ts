/** The machine a benchmark ran on, recorded next to every number so results stay comparable. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  /** ISO date and time of the run (UTC). */
  date: string;
  /** One-minute load average when the run began: other work on the machine slows every timing. */
  load: number;
}

function chromiumVersion(): string {
  try {
    const output = execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return /Chrom\w+ [\d.]+/.exec(output)?.[0] ?? output.trim();
  } catch {
    return `not found at ${CHROMIUM_PATH}`;
  }
}

export function describeMachine(): Machine {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion(),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    load: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

/** One line for a section's provenance, e.g. "2025-01-01T10:00:00Z · Intel Xeon, 2 cores, 7.8 GiB · …". */
export function machineLine(machine: Machine): string {
  return `${machine.date} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, load ${machine.load} · Node ${machine.node} · ${machine.chromium}`;
}

export function machineTable(machine: Machine): string {
  return [
    '| | |',
    '| --- | --- |',
    `| CPU | ${machine.cpu} |`,
    `| Cores | ${machine.cores} |`,
    `| Memory | ${machine.memoryGiB} GiB |`,
    `| Node | ${machine.node} |`,
    `| Chromium | ${machine.chromium} |`,
    `| Date | ${machine.date} |`,
    `| Load average (1 min) at the start | ${machine.load} |`,
  ].join('\n');
}
