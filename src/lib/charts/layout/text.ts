/**
 * Text measuring for build-time layouts. There is no browser at build time, so widths are estimated
 * from the character count with a generous average glyph width; layouts leave room accordingly.
 */

/** Average advance of a sans-serif glyph as a share of the font size (generous, so text rarely overflows). */
const AVERAGE_GLYPH = 0.62;

/**
 * The narrowest width a chart is drawn at (its container on a 320 px phone). Charts size to their
 * container, so text is wrapped and room is reserved for this width: wider containers only add room.
 */
export const MIN_CHART_WIDTH = 288;

/** Chart text size in px: the same at every width (charts are not scaled), never under 12. */
export const CHART_FONT_SIZE = 13;

/** Estimated width of a line of text at a font size, in the same units. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * AVERAGE_GLYPH;
}

/** Characters that fit maxWidth (at least one). */
const fitting = (maxWidth: number, fontSize: number) => Math.max(1, Math.floor(maxWidth / (fontSize * AVERAGE_GLYPH)));

/** A label as lines; `full` is the whole text when the lines shorten it (shown as the SVG title). */
export interface WrappedText {
  lines: string[];
  full?: string;
}

/**
 * Breaks a label into at most maxLines lines no wider than maxWidth: at spaces, after slashes (so
 * "Account executive/sales managers" can break), and inside a word too long for a line. Text that
 * still does not fit is cut with an ellipsis, and `full` keeps the whole text. Linear in the text.
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number, maxLines = 3): WrappedText {
  const room = fitting(maxWidth, fontSize);
  const words = text
    .trim()
    .split(/\s+|(?<=\/)/)
    .filter((w) => w !== '')
    .flatMap((word) => {
      if (word.length <= room) return [word];
      const pieces: string[] = [];
      for (let i = 0; i < word.length; i += room) pieces.push(word.slice(i, i + room));
      return pieces;
    });
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    const joined = last === undefined ? word : last.endsWith('/') ? `${last}${word}` : `${last} ${word}`;
    if (last !== undefined && joined.length <= room) lines[lines.length - 1] = joined;
    else lines.push(word);
    if (lines.length > maxLines) break;
  }
  if (lines.length <= maxLines) return { lines };
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.slice(0, Math.max(room - 1, 1)).trimEnd()}…`;
  return { lines: kept, full: text.trim() };
}

/** The lines of `wrapLabel` alone (kept for callers that only need lines). */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
  return wrapLabel(text, maxWidth, fontSize, maxLines).lines;
}
