/** Small helpers for the tables and the section bookkeeping of RESULTS.md. */

/** A markdown table; cells are stringified as given. `align` marks columns 'r' for numbers. */
export function markdownTable(header: string[], rows: (string | number)[][], align: ('l' | 'r')[] = []): string {
  const rule = header.map((_, index) => (align[index] === 'r' ? '---:' : '---'));
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

const startMarker = (name: string) => `<!-- bench:${name} -->`;
const endMarker = (name: string) => `<!-- /bench:${name} -->`;

/** The module sections found in an existing RESULTS.md, by module name, markers included. */
export function readSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const match of markdown.matchAll(/<!-- bench:([\w-]+) -->[\s\S]*?<!-- \/bench:\1 -->/g)) {
    sections.set(match[1]!, match[0]);
  }
  return sections;
}

export function section(name: string, body: string): string {
  return `${startMarker(name)}\n${body.trim()}\n${endMarker(name)}`;
}
