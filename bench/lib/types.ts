/** The contract between bench/run.ts and each benchmark module in bench/modules/. */
import type { Machine } from './machine';

/** What run.ts hands every module: the built site, already served on 127.0.0.1. */
export interface BenchContext {
  /** e.g. 'http://127.0.0.1:41234' */
  origin: string;
  /** The base path the site is served under, always ending in '/'. */
  basePath: string;
  /** Absolute URL of a site path: siteUrl('roles/x/'). */
  siteUrl(path?: string): string;
  /** The built site's folder ('dist'). */
  distDir: string;
  /** Where a module may write raw output (git-ignored): bench/out/<module name>/. */
  outDir: string;
  machine: Machine;
  /** Progress for the person running the bench (stderr), prefixed with the module's name. */
  log(message: string): void;
}

export interface BenchResult {
  /** The module's section of RESULTS.md, without its heading (run.ts adds heading and provenance). */
  markdown: string;
  /** Raw numbers, written to bench/out/<name>.json. */
  data: unknown;
}

/** A benchmark: the default export of a file in bench/modules/. */
export interface BenchModule {
  /** Short id used on the command line (`npm run bench -- <name>`) and in RESULTS.md markers. */
  name: string;
  /** The section heading in RESULTS.md. */
  title: string;
  /** Sections appear in RESULTS.md by this number, lowest first (then by name). */
  order?: number;
  run(context: BenchContext): Promise<BenchResult>;
}
