/** A wrapped label as SVG text: one tspan per line; a shortened label carries its full text as a title. */
import type { TextBlock } from '@/lib/charts/layout/rows';

interface Props {
  block: TextBlock;
  lineHeight: number;
  /** Beyond the ink every chart text has (global.css), e.g. font-semibold or fill-muted. */
  className?: string;
}

export function TextLines({ block, lineHeight, className }: Props) {
  const title = block.full !== undefined && <title>{block.full}</title>;
  // One line needs no tspan (most labels), nor x (0 is SVG's default): the page carries many charts, so
  // markup stays lean. Each tspan of a wrapped label sets x to start its line again.
  if (block.lines.length === 1)
    return (
      <text y={block.y} className={className}>
        {title}
        {block.lines[0]}
      </text>
    );
  return (
    <text y={block.y} className={className}>
      {title}
      {block.lines.map((line, i) => (
        <tspan key={i} x="0" dy={i === 0 ? undefined : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
