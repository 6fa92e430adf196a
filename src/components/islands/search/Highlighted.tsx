/** A name with the parts the query matched marked, built as elements (never as HTML). */
import type { HighlightRange } from '@/lib/search/engine';
import { highlightPieces } from '@/lib/search/present';

export function Highlighted({ text, ranges }: { text: string; ranges: readonly HighlightRange[] }) {
  return (
    <>
      {highlightPieces(text, ranges).map((piece, i) =>
        piece.marked ? (
          <mark key={i} className="rounded-sm bg-highlight font-semibold text-ink">
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}
