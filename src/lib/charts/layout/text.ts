/**
 * Text measuring for build-time layouts. There is no browser at build time, so widths are estimated
 * from the character count with a generous average glyph width; layouts leave room accordingly.
 */

/** Average advance of a sans-serif glyph as a share of the font size (generous, so text rarely overflows). */
const AVERAGE_GLYPH = 0.58;

/** Estimated width of a line of text at a font size, in the same units. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * AVERAGE_GLYPH;
}

/**
 * Breaks a label into lines no wider than maxWidth, at spaces (and after slashes, so
 * "Account executive/sales managers" can break). A single word wider than maxWidth keeps its own line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
  const words = text
    .trim()
    .split(/\s+|(?<=\/)/)
    .filter((w) => w !== '');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    const joined = last === undefined ? word : last.endsWith('/') ? `${last}${word}` : `${last} ${word}`;
    if (last !== undefined && textWidth(joined, fontSize) <= maxWidth) lines[lines.length - 1] = joined;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  // Too many lines: keep the first ones and join the rest onto the last, rather than drop words.
  const kept = lines.slice(0, maxLines - 1);
  // Joined as parts, not by growing one string: endsWith() on a growing string re-reads it every time.
  const parts: string[] = [];
  lines.slice(maxLines - 1).forEach((line, i, all) => {
    if (i > 0 && !all[i - 1]!.endsWith('/')) parts.push(' ');
    parts.push(line);
  });
  return [...kept, parts.join('')];
}
