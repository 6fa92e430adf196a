/** A wrapped label as SVG text: one tspan per line; a shortened label carries its full text as a title. */
import type { TextBlock } from '@/lib/charts/layout/rows';

interface Props {
  block: TextBlock;
  lineHeight: number;
  className: string;
}

export function TextLines({ block, lineHeight, className }: Props) {
  return (
    <text y={block.y} className={className}>
      {block.full !== undefined && <title>{block.full}</title>}
      {block.lines.map((line, i) => (
        <tspan key={i} x="0" dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
