/** Gate: every built page is valid HTML by html-validate's recommended rules (config: .htmlvalidate.json). */
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-pages';

const pages = builtPages();
/** Characters of source shown on each side of an error: Astro writes each page on very few lines. */
const SNIPPET = 60;

function snippet(source: string, line: number, column: number): string {
  const text = source.split('\n')[line - 1] ?? '';
  const start = Math.max(0, column - 1 - SNIPPET);
  return text.slice(start, column - 1 + SNIPPET).replace(/\s+/g, ' ');
}

/** About 15 ms a page on an idle core; a loaded 2-core machine takes several times that. */
const TIME_ALLOWED = 60_000 + pages.length * 100;

describe('HTML validity of every built page', () => {
  it(`has no html-validate errors (${pages.length} pages)`, { timeout: TIME_ALLOWED }, async () => {
    expect(pages.length).toBeGreaterThan(0);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const page of pages) {
      const source = readFileSync(page.file, 'utf8');
      const report = await validator.validateString(source, page.file);
      for (const message of report.results.flatMap((result) => result.messages)) {
        if (message.severity !== 2) continue;
        errors.push(
          `${page.urlPath} (${page.file}:${message.line}:${message.column}) ${message.ruleId}: ${message.message}\n` +
            `    at ${message.selector ?? '(document)'}\n    source: …${snippet(source, message.line, message.column)}…\n` +
            `    rule: ${message.ruleUrl ?? ''}`,
        );
      }
    }
    expect(errors, `html-validate errors:\n${errors.join('\n')}\n`).toEqual([]);
  });
});
