/**
 * The tool's panels: each shows a title, a computed summary, the chart (or, in table view, the
 * same numbers as a table) and its sources — the island's counterpart of the static chart frame,
 * drawn with the same Chart and DataTable components from the same ChartData (lib/compare/tool-charts).
 */
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { Chart } from '@/components/charts/Chart';
import { ChartDownloads } from '@/components/charts/ChartDownloads';
import { DataTable } from '@/components/charts/DataTable';
import { InlineBar } from '@/components/charts/marks/InlineBar';
import type { ChartData } from '@/lib/charts/chart-data';
import { chartDocument } from '@/lib/charts/downloads';
import { inlineBarScale } from '@/lib/charts/layout/inline';
import { toolEducationChart, toolOfficialWagesChart, toolSalaryChart } from '@/lib/compare/tool-charts';
import { importanceSummary, matrixSummary, officialLabel } from '@/lib/compare/tool-summaries';
import { IMPORTANCE_TOP, type ToolView } from '@/lib/compare/tool-view';
import { educationSentence, educationVerdictSentence } from '@/lib/role/education';
import { formatDate, formatDecimal, formatPercent } from '@/lib/format';
import { href, skillHref } from '@/lib/site/urls';

interface PanelProps {
  id: string;
  /** A chart panel is a chart frame: anchored, with downloads (ChartDownloads). */
  frame?: boolean;
  /** The chart's id, naming its downloads (a chart panel only). */
  chartId?: string;
  title: string;
  summary?: string;
  sources: ToolView['sources'];
  children: (frame: { titleId: string; summaryId: string }) => ReactNode;
  after?: ReactNode;
}

function Panel({ id, frame, chartId, title, summary, sources, children, after }: PanelProps) {
  const titleId = `tool-${id}-title`;
  const summaryId = `tool-${id}-summary`;
  return (
    <section
      id={`tool-${id}`}
      aria-labelledby={titleId}
      className="mt-6 scroll-mt-20 rounded-lg border border-rule bg-paper p-4 sm:p-6"
      data-testid="tool-panel"
      data-panel={id}
      data-chart-frame={frame ? '' : undefined}
      data-chart-id={chartId}
    >
      <h3 id={titleId} className="chart-title">
        {title}
      </h3>
      {summary && (
        <p id={summaryId} className="chart-summary">
          {summary}
        </p>
      )}
      <div className="mt-4" data-chart-drawing>
        {children({ titleId, summaryId })}
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

/** A chart's panel: its chart, or in table view its table, with the sources it cites. */
function ChartPanel({
  chart,
  panel,
  tables,
  sources,
  roleIds,
  after,
}: {
  chart: ChartData;
  /** The picked roles, naming the downloads. */
  roleIds: string[];
  panel: string;
  tables: boolean;
  sources: ToolView['sources'];
  after?: ReactNode;
}) {
  const cited = sources.filter((s) => chart.sourceIds.includes(s.id));
  const page = { kind: 'compare', id: `compare-${roleIds.join('-and-')}` };
  return (
    <Panel
      id={panel}
      frame
      chartId={chart.id}
      title={chart.title}
      summary={chart.summary}
      sources={cited}
      after={
        <>
          {after}
          <ChartDownloads
            anchor={`tool-${panel}`}
            page={page}
            titleId={`tool-${panel}-title`}
            sourceIds={chart.sourceIds}
            document={chartDocument(chart, page, Object.fromEntries(cited.map((s) => [s.id, s])))}
          />
        </>
      }
    >
      {({ titleId, summaryId }) =>
        tables ? (
          <DataTable chart={chart} labelledBy={titleId} testId="tool-table" />
        ) : (
          <Chart chart={chart} labelledBy={titleId} describedBy={summaryId} />
        )
      }
    </Panel>
  );
}

/**
 * A wide table that scrolls sideways inside its region on a narrow screen, saying so when it does
 * (a hidden column is never a surprise); the keyboard can reach and scroll it.
 */
function ScrollingTable({ label, columns, children }: { label: string; columns: number; children: ReactNode }) {
  const [overflows, setOverflows] = useState(false);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    observer.current = new ResizeObserver(measure);
    observer.current.observe(element);
    if (element.firstElementChild) observer.current.observe(element.firstElementChild);
  }, []);
  return (
    <>
      {overflows && (
        <p className="mb-2 text-sm text-muted" data-testid="scroll-hint">
          <span aria-hidden="true">↔ </span>The table is wider than the screen: scroll it sideways to see all {columns}{' '}
          columns.
        </p>
      )}
      <div ref={ref} className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
        {children}
      </div>
    </>
  );
}

/** Header cells of a matrix: they wrap (never cut), each at least as wide as its bars and values. */
const headClass = 'min-w-[7.5rem] px-2 py-1.5 align-bottom font-semibold break-words hyphens-auto';

/** A roles × skills matrix as a table: a skill per row, a role per column, scrolling sideways when wide. */
function MatrixTable({
  label,
  frame,
  testId,
  heads,
  rows,
}: {
  label: string;
  frame: { titleId: string; summaryId: string };
  testId: string;
  heads: string[];
  rows: { key: string; head: ReactNode; cells: ReactNode[] }[];
}) {
  return (
    <ScrollingTable label={label} columns={heads.length + 1}>
      <table
        aria-labelledby={frame.titleId}
        aria-describedby={frame.summaryId}
        className="w-full border-collapse text-left text-sm tabular-nums"
        data-testid={testId}
      >
        <thead>
          <tr className="border-b border-control">
            {/* A floor for the skill column: text from data may break anywhere, which would let table
                layout squeeze this column to one letter a line on a phone. */}
            <th scope="col" className="min-w-28 px-2 py-1.5 align-bottom font-semibold">
              Skill
            </th>
            {heads.map((head, i) => (
              <th key={i} scope="col" className={headClass}>
                {head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-rule">
              <th scope="row" className="px-2 py-1.5 font-normal">
                {row.head}
              </th>
              {row.cells.map((cell, c) => (
                <td key={c} className="px-2 py-1.5">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
}

/** A value with its bar on the matrix's scale (or, in table view, the value alone). */
const barCell = (text: string, length: number, tables: boolean) =>
  tables ? (
    text
  ) : (
    <span className="flex items-center gap-2">
      <InlineBar length={length} />
      <span>{text}</span>
    </span>
  );

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
  const length = inlineBarScale(
    matrix.rows.flatMap((row) => row.cells.map((c) => (c.kind === 'share' ? c.pct : null))),
  );
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
      {(frame) => (
        <MatrixTable
          label={title}
          frame={frame}
          testId={tables ? 'tool-table' : 'skills-matrix'}
          heads={roles.map((role) => role.title)}
          rows={rows.map((row) => ({
            key: row.slug,
            head: <a href={skillHref(row.slug)}>{row.name}</a>,
            cells: row.cells.map((cell) =>
              cell.kind === 'share' ? (
                barCell(formatPercent(cell.pct), length(cell.pct), tables)
              ) : cell.kind === 'listed' ? (
                <span className="text-muted">listed</span>
              ) : null,
            ),
          }))}
        />
      )}
    </Panel>
  );
}

/** Salary by industry, compared within each industry, on one scale. */
export function SalaryPanel({ view, tables }: ViewPanelProps) {
  const chart = toolSalaryChart(view);
  return chart ? (
    <ChartPanel
      chart={chart}
      panel="salary"
      tables={tables}
      roleIds={view.roles.map((r) => r.id)}
      sources={view.sources}
    />
  ) : null;
}

/** Education differences for each picked pair the data compares, one group per degree. */
export function EducationPanel({ view, tables }: ViewPanelProps) {
  const chart = toolEducationChart(view);
  if (!chart) return null;
  return (
    <ChartPanel
      chart={chart}
      panel="education"
      tables={tables}
      roleIds={view.roles.map((r) => r.id)}
      sources={view.sources}
      after={
        <>
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
          {view.educationNotes.map((note) => (
            <p key={note} className="mt-2 max-w-prose text-sm text-muted" data-testid="education-note">
              {note}
            </p>
          ))}
        </>
      }
    />
  );
}

/** BLS mean wage across all industries: a survey of employers, on its own axis. */
export function OfficialWagesPanel({ view, tables }: ViewPanelProps) {
  const chart = toolOfficialWagesChart(view);
  if (!chart) return null;
  return (
    <ChartPanel
      chart={chart}
      panel="official-wages"
      tables={tables}
      roleIds={view.roles.map((r) => r.id)}
      sources={view.officialSources}
      after={
        <p className="mt-3 max-w-prose text-sm text-muted">
          BLS's national estimates from its survey of employers: a different measure from the average salaries on
          resumes, so they are not drawn on the same axis. Roles that are or name the same occupation share one row: its
          figures are one data point.
          {view.officialWages.some((r) => r.figures.matchedBy !== 'soc-code') &&
            ' Where BLS does not publish an occupation on its own, the figures are those of the SOC group that includes it (named in the table view).'}
        </p>
      }
    />
  );
}

/** Roles × their most important skills by O*NET's rating (0–100): a rating, not a share of resumes. */
export function ImportancePanel({ view, tables }: ViewPanelProps) {
  const matrix = view.importance;
  if (!matrix) return null;
  const title = 'Skills by O*NET importance (0–100)';
  const sources = view.officialSources.filter((s) => matrix.sourceIds.includes(s.id));
  const length = inlineBarScale(matrix.rows.flatMap((row) => row.cells));
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
      {(frame) => (
        <MatrixTable
          label={title}
          frame={frame}
          testId={tables ? 'tool-table' : 'importance-matrix'}
          heads={matrix.roles.map(officialLabel)}
          rows={matrix.rows.map((row) => ({
            key: row.id,
            head: row.name,
            cells: row.cells.map((value) =>
              value === null ? (
                <span className="text-muted">not rated</span>
              ) : (
                barCell(formatDecimal(value), length(value), tables)
              ),
            ),
          }))}
        />
      )}
    </Panel>
  );
}
