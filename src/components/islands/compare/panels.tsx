/**
 * The tool's panels: each shows a title, a computed summary, the chart (or, in table view, the
 * same numbers as a table) and its sources — the island's counterpart of the static chart frame.
 */
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { layoutDiverging } from '@/lib/charts/layout/diverging';
import { educationSentence, educationVerdictSentence, DEGREES } from '@/lib/role/education';
import { layoutSalaryGroups, matrixBarWidths } from '@/lib/compare/tool-layout';
import { layoutBars, type BarItem } from '@/lib/charts/layout/bar';
import {
  educationPanelSummary,
  importanceSummary,
  matrixSummary,
  officialLabel,
  officialWagesSummary,
  salarySummary,
} from '@/lib/compare/tool-summaries';
import { figureText, formatWage } from '@/lib/occupation/words';
import type { Figure } from '@/lib/occupation/figures';
import { IMPORTANCE_TOP, type MatrixCell, type PairEducation, type ToolView } from '@/lib/compare/tool-view';
import { midSentence } from '@/lib/text/sentences';
import { formatCount, formatDate, formatDecimal, formatPercent, formatPointsDiff, formatUsd } from '@/lib/format';
import { href, skillHref } from '@/lib/site/urls';

interface PanelProps {
  id: string;
  title: string;
  summary?: string;
  sources: ToolView['sources'];
  /** The chart or table; `width` is the room it has, for laying out SVG text at its real size. */
  children: (frame: { titleId: string; summaryId: string; width: number }) => ReactNode;
  after?: ReactNode;
}

/** Narrowest and widest layouts: below, labels would wrap too much; above, charts get hard to read across. */
const MIN_WIDTH = 280;
const MAX_WIDTH = 640;

/**
 * The width of an element, kept current. Charts are laid out at the width they are shown at, so their
 * text stays at the page's text size instead of shrinking with a scaled viewBox on a phone.
 */
function useWidth(): [(element: HTMLElement | null) => void, number] {
  const [width, setWidth] = useState(400);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    if (!element) return;
    const measure = () => setWidth(Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, element.clientWidth))));
    measure();
    observer.current = new ResizeObserver(measure);
    observer.current.observe(element);
  }, []);
  return [ref, width];
}

function Panel({ id, title, summary, sources, children, after }: PanelProps) {
  const titleId = `tool-${id}-title`;
  const summaryId = `tool-${id}-summary`;
  const [measure, width] = useWidth();
  return (
    <section
      aria-labelledby={titleId}
      className="mt-6 rounded-lg border border-rule bg-paper p-4 sm:p-6"
      data-testid="tool-panel"
      data-panel={id}
    >
      <h3 id={titleId} className="text-lg font-semibold">
        {title}
      </h3>
      {summary && (
        <p id={summaryId} className="mt-1 max-w-prose text-muted">
          {summary}
        </p>
      )}
      <div className="mt-4" ref={measure}>
        {children({ titleId, summaryId, width })}
      </div>
      {after}
      {sources.length > 0 && (
        <p className="mt-4 text-sm text-muted">
          Source:{' '}
          {sources.map((source, i) => (
            <span key={source.id}>
              {i > 0 && '; '}
              <a href={href(`about/#source-${source.id}`)}>{source.title}</a>,{' '}
              {source.dateLabel ?? formatDate(source.date)}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}

const cellText = (cell: MatrixCell) =>
  cell.kind === 'share' ? formatPercent(cell.pct) : cell.kind === 'listed' ? 'listed' : '';

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left tabular-nums" data-testid="tool-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-control">
            {head.map((label, i) => (
              <th key={i} scope="col" className={`px-2 py-1.5 align-bottom font-semibold ${i > 0 ? 'text-right' : ''}`}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([first, ...rest], r) => (
            <tr key={r} className="border-b border-rule">
              <th scope="row" className="px-2 py-1.5 font-normal">
                {first}
              </th>
              {rest.map((cell, c) => (
                <td key={c} className="px-2 py-1.5 text-right">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface ViewPanelProps {
  view: ToolView;
  tables: boolean;
}

/**
 * Roles × skills: the share of resumes where known, "listed" where only named, blank where absent.
 * Long on purpose: most of its lines are the matrix's markup.
 */
export function SkillsMatrixPanel({
  view,
  tables,
  limit,
  onShowAll,
}: ViewPanelProps & { limit: number; onShowAll(): void }) {
  const { matrix, roles } = view;
  if (matrix.rows.length === 0) return null;
  const rows = matrix.rows.slice(0, limit);
  const widths = matrixBarWidths(matrix);
  const title = 'Skills matrix: share of resumes listing each skill';
  return (
    <Panel
      id="skills"
      title={title}
      summary={matrixSummary(matrix, roles)}
      sources={view.sources}
      after={
        matrix.rows.length > rows.length && (
          <button type="button" onClick={onShowAll} className="mt-3 rounded-md border border-control px-3 py-1 text-sm">
            Show all {matrix.rows.length} skills
          </button>
        )
      }
    >
      {({ titleId, summaryId }) =>
        tables ? (
          <Table
            caption={title}
            head={['Skill', ...roles.map((r) => r.title)]}
            rows={rows.map((row) => [row.name, ...row.cells.map(cellText)])}
          />
        ) : (
          <div className="overflow-x-auto">
            <table
              aria-labelledby={titleId}
              aria-describedby={summaryId}
              className="w-full border-collapse text-left text-sm tabular-nums"
              data-testid="skills-matrix"
            >
              <thead>
                <tr className="border-b border-control">
                  <th scope="col" className="px-2 py-1.5 align-bottom font-semibold">
                    Skill
                  </th>
                  {roles.map((role) => (
                    <th key={role.id} scope="col" className="min-w-24 px-2 py-1.5 align-bottom font-semibold">
                      {role.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, r) => (
                  <tr key={row.slug} className="border-b border-rule">
                    <th scope="row" className="px-2 py-1.5 font-normal">
                      <a href={skillHref(row.slug)}>{row.name}</a>
                    </th>
                    {row.cells.map((cell, c) => (
                      <td key={c} className="px-2 py-1.5" data-cell={cell.kind}>
                        {cell.kind === 'share' ? (
                          <span className="flex items-center gap-2">
                            <span
                              aria-hidden="true"
                              className="block h-3 rounded-sm bg-mark"
                              style={{ width: `${(widths[r]![c] ?? 0) * 0.6}%` }}
                            />
                            <span>{formatPercent(cell.pct)}</span>
                          </span>
                        ) : cell.kind === 'listed' ? (
                          <span className="text-muted">listed</span>
                        ) : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </Panel>
  );
}

/** Salary by industry grouped by role, on one scale. */
export function SalaryPanel({ view, tables }: ViewPanelProps) {
  if (view.salaries.length === 0) return null;
  const title = 'Average salary by industry, grouped by role';
  return (
    <Panel id="salary" title={title} summary={salarySummary(view)} sources={view.sources}>
      {({ titleId, summaryId, width }) =>
        tables ? (
          <Table
            caption={title}
            head={['Role', 'Industry', 'Average salary (USD a year)', 'Highest-paying industry on record for the role']}
            rows={view.salaries.flatMap((group) =>
              group.salaries.map((s) => [
                group.title,
                s.industry,
                formatUsd(s.avgSalaryUsd),
                group.highest.some((h) => h.industry === s.industry) ? 'yes' : 'no',
              ]),
            )}
          />
        ) : (
          <SalarySvg view={view} width={width} titleId={titleId} summaryId={summaryId} />
        )
      }
    </Panel>
  );
}

function SalarySvg({
  view,
  width,
  titleId,
  summaryId,
}: {
  view: ToolView;
  width: number;
  titleId: string;
  summaryId: string;
}) {
  const layout = layoutSalaryGroups(view.salaries, width);
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      fontSize={layout.fontSize}
      className="block h-auto max-w-full overflow-visible tabular-nums"
      data-chart-kind="grouped-bar"
    >
      {layout.groups.map((group) => (
        <g key={group.roleId} data-role-id={group.roleId}>
          <text x="0" y={group.headingY} className="fill-ink font-semibold">
            {group.heading}
          </text>
          {group.bars.map((bar, i) => (
            <g key={i}>
              <text y={bar.labelY} className="fill-ink">
                {bar.lines.map((line, l) => (
                  <tspan key={l} x="0" dy={l === 0 ? 0 : layout.lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
              <rect
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                className={bar.highlight ? 'fill-mark-highlight' : 'fill-mark'}
              />
              <text
                x={bar.valueX}
                y={bar.valueY}
                className={`fill-ink ${bar.highlight ? 'font-semibold' : ''}`}
                data-value-label
              >
                {bar.valueLabel}
              </text>
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}

/** Education differences for each picked pair the data compares, one group per degree. */
export function EducationPanel({ view, tables }: ViewPanelProps) {
  if (view.education.length === 0) return null;
  // When every pair is seen from the same role, bars are named by the other role alone (the title says
  // against whom); otherwise each bar names its pair.
  const [first] = view.education;
  const common = view.education.every((pair) => pair.role.id === first!.role.id) ? first!.role : undefined;
  const title = common
    ? `Education compared with ${midSentence(common.plural)}`
    : 'Education differences between the picked roles';
  const label = (pair: PairEducation) =>
    common ? pair.other.title : `${pair.other.title} vs. ${midSentence(pair.role.title)}`;
  return (
    <Panel
      id="education"
      title={title}
      summary={educationPanelSummary(view.education)}
      sources={view.sources}
      after={
        <ul className="mt-4 max-w-prose list-disc space-y-1 pl-5" data-testid="education-sentences">
          {view.education.map((pair) => (
            <li key={`${pair.role.id}-${pair.other.id}`}>
              {educationSentence(pair)}
              {pair.verdict && (
                <>
                  {' '}
                  <span className="text-muted">
                    {educationVerdictSentence({ ...pair, educationVerdict: pair.verdict })}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      }
    >
      {({ titleId, summaryId, width }) =>
        tables ? (
          <Table
            caption={title}
            head={[
              common ? 'Role' : 'Pair (compared role vs. role)',
              ...DEGREES.map((d) => `${d.label}: difference in percentage points`),
              "Source's verdict on education level",
            ]}
            rows={view.education.map((pair) => [
              label(pair),
              ...DEGREES.map((d) => (pair[d.key] === undefined ? 'not stated' : formatPointsDiff(pair[d.key]!))),
              pair.verdict ?? 'not stated',
            ])}
          />
        ) : (
          <EducationSvg pairs={view.education} label={label} width={width} titleId={titleId} summaryId={summaryId} />
        )
      }
    </Panel>
  );
}

const DIVERGING_FILL = { negative: 'fill-mark-negative', positive: 'fill-mark', zero: 'fill-mark' } as const;

function EducationSvg({
  pairs,
  label,
  width,
  titleId,
  summaryId,
}: {
  pairs: PairEducation[];
  label(pair: PairEducation): string;
  width: number;
  titleId: string;
  summaryId: string;
}) {
  const groups = DEGREES.map((degree) => ({
    label: degree.label,
    items: pairs.flatMap((pair) => {
      const pp = pair[degree.key];
      return pp === undefined ? [] : [{ label: label(pair), value: pp, valueLabel: formatPointsDiff(pp) }];
    }),
  })).filter((g) => g.items.length > 0);
  const layout = layoutDiverging(groups, { width });
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      fontSize={layout.fontSize}
      className="block h-auto max-w-full overflow-visible tabular-nums"
      data-chart-kind="diverging"
    >
      {layout.groups.map((group) => (
        <g key={group.label}>
          <text x="0" y={group.headingY} className="fill-ink font-semibold">
            {group.label}
          </text>
          {group.bars.map((bar, i) => (
            <g key={i}>
              <text y={bar.labelY} className="fill-ink">
                {bar.lines.map((line, l) => (
                  <tspan key={l} x="0" dy={l === 0 ? 0 : layout.lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
              {bar.width > 0 && (
                <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} className={DIVERGING_FILL[bar.sign]} />
              )}
              <text x={bar.valueX} y={bar.valueY} textAnchor={bar.valueAnchor} className="fill-ink" data-value-label>
                {bar.valueLabel}
              </text>
            </g>
          ))}
          <line
            x1={layout.zeroX}
            x2={layout.zeroX}
            y1={group.zeroY1 - 2}
            y2={group.zeroY2 + 2}
            className="stroke-control"
            strokeWidth={1.5}
          />
        </g>
      ))}
    </svg>
  );
}

/**
 * BLS mean wage across all industries: a survey of employers, a different measure from the resume
 * salaries, so it has its own panel and axis. Annual means are drawn as bars; an hourly-only or
 * withheld mean is written in words where its bar would be.
 */
export function OfficialWagesPanel({ view, tables }: ViewPanelProps) {
  const rows = view.officialWages;
  if (rows.length === 0) return null;
  const title = 'Mean wage across all industries (BLS survey)';
  const sources = view.officialSources.filter((s) => rows.some((r) => r.figures.sourceId === s.id));
  return (
    <Panel
      id="official-wages"
      title={title}
      summary={officialWagesSummary(rows)}
      sources={sources}
      after={
        <p className="mt-3 max-w-prose text-sm text-muted">
          BLS's national estimates from its survey of employers: a different measure from the average salaries on
          resumes, so they are not drawn on the same axis.
          {rows.some((r) => r.figures.matchedBy !== 'soc-code') &&
            ' Where BLS does not publish an occupation on its own, the figures are those of the SOC group that includes it (named in the table view).'}
        </p>
      }
    >
      {({ titleId, summaryId, width }) =>
        tables ? (
          <Table
            caption={title}
            head={['Role', 'Employment', 'Mean wage', 'Median wage', 'Whose figures (SOC)']}
            rows={rows.map((row) => {
              const money = formatWage(row.figures.unit);
              const per = row.figures.unit === 'annual' ? ' a year' : ' an hour';
              const wage = (f: Figure | undefined) => `${figureText(f, money)}${typeof f === 'number' ? per : ''}`;
              return [
                officialLabel(row),
                figureText(row.figures.employment, formatCount),
                wage(row.figures.mean),
                wage(row.figures.median),
                `${row.figures.socTitle} (${row.figures.socCode})`,
              ];
            })}
          />
        ) : (
          <OfficialWagesSvg rows={rows} width={width} titleId={titleId} summaryId={summaryId} />
        )
      }
    </Panel>
  );
}

function OfficialWagesSvg({
  rows,
  width,
  titleId,
  summaryId,
}: {
  rows: ViewPanelProps['view']['officialWages'];
  width: number;
  titleId: string;
  summaryId: string;
}) {
  const items = rows.map((row): BarItem => {
    const { mean, unit } = row.figures;
    const label = officialLabel(row);
    if (typeof mean === 'number' && unit === 'annual')
      return { label, value: mean, valueLabel: `${formatUsd(mean)} a year` };
    const words =
      typeof mean === 'number'
        ? `${formatWage(unit)(mean)} an hour: BLS gives hourly wages only, so no bar on this annual axis`
        : figureText(mean, formatUsd);
    return { label, value: 0, valueLabel: words, note: true };
  });
  const layout = layoutBars(items, { width });
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      fontSize={layout.fontSize}
      className="block h-auto max-w-full overflow-visible tabular-nums"
      data-chart-kind="bar"
    >
      {layout.bars.map((bar, i) => (
        <g key={i}>
          <text y={bar.labelY} className="fill-ink">
            {bar.lines.map((line, l) => (
              <tspan key={l} x="0" dy={l === 0 ? 0 : layout.lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
          {bar.noteLines ? (
            <text y={bar.valueY} className="fill-muted italic">
              {bar.noteLines.map((line, l) => (
                <tspan key={l} x={bar.valueX} dy={l === 0 ? 0 : layout.lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          ) : (
            <>
              <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} className="fill-mark" />
              <text x={bar.valueX} y={bar.valueY} className="fill-ink" data-value-label>
                {bar.valueLabel}
              </text>
            </>
          )}
        </g>
      ))}
    </svg>
  );
}

/** Roles × their most important skills by O*NET's rating (0–100): a rating, not a share of resumes. */
export function ImportancePanel({ view, tables }: ViewPanelProps) {
  const matrix = view.importance;
  if (!matrix) return null;
  const title = 'Skills by O*NET importance (0–100)';
  const sources = view.officialSources.filter((s) => matrix.sourceIds.includes(s.id));
  const head = ['Skill', ...matrix.roles.map(officialLabel)];
  const rows = matrix.rows.map((row) => [
    row.name,
    ...row.cells.map((c) => (c === null ? 'not rated' : formatDecimal(c))),
  ]);
  return (
    <Panel
      id="official-importance"
      title={title}
      summary={importanceSummary(matrix)}
      sources={sources}
      after={
        <p className="mt-3 max-w-prose text-sm text-muted">
          O*NET's rating of how important each skill is to the occupation, from 0 to 100; each role's {IMPORTANCE_TOP}{' '}
          most important skills are listed. A rating is not a share of resumes, so it is kept apart from the skills
          matrix.
        </p>
      }
    >
      {({ titleId, summaryId }) =>
        tables ? (
          <Table caption={title} head={head} rows={rows} />
        ) : (
          <div className="overflow-x-auto">
            <table
              aria-labelledby={titleId}
              aria-describedby={summaryId}
              className="w-full border-collapse text-left text-sm tabular-nums"
              data-testid="importance-matrix"
            >
              <thead>
                <tr className="border-b border-control">
                  {head.map((label, i) => (
                    <th key={i} scope="col" className="min-w-24 px-2 py-1.5 align-bottom font-semibold">
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row) => (
                  <tr key={row.id} className="border-b border-rule">
                    <th scope="row" className="px-2 py-1.5 font-normal">
                      {row.name}
                    </th>
                    {row.cells.map((value, c) => (
                      <td key={c} className="px-2 py-1.5">
                        {value === null ? (
                          <span className="text-muted">not rated</span>
                        ) : (
                          <span className="flex items-center gap-2">
                            <span
                              aria-hidden="true"
                              className="block h-3 rounded-sm bg-mark"
                              style={{ width: `${value * 0.6}%` }}
                            />
                            <span>{formatDecimal(value)}</span>
                          </span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </Panel>
  );
}
