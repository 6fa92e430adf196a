/**
 * The comparison tool. The address is the state: `?roles=a,b[,c,d]` is read when the tool starts
 * and on back/forward (popstate); a reader's change is a new history entry (pushState); a messy
 * address (unknown, repeated or surplus ids) is reported and replaced by the clean one (replaceState).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fetchJson } from '@/components/islands/compare/fetch-json';
import { copyText, saveFile } from '@/components/islands/compare/browser';
import {
  EducationPanel,
  ImportancePanel,
  OfficialWagesPanel,
  SalaryPanel,
  SkillsMatrixPanel,
} from '@/components/islands/compare/panels';
import { RolePicker } from '@/components/islands/compare/RolePicker';
import type { ToolIndex, ToolIndexEntry, ToolRole } from '@/lib/compare/tool-data';
import { toolCsv, toolFileName, toolJson } from '@/lib/compare/tool-export';
import { buildToolView } from '@/lib/compare/tool-view';
import {
  isCanonical,
  MAX_ROLES,
  MIN_ROLES,
  parseRoles,
  readTablesView,
  serialiseRoles,
  withTablesView,
  type RolesSelection,
} from '@/lib/compare/url-state';
import { formatList, pluralize } from '@/lib/format';

export interface CompareToolProps {
  /** Address of the role index (every role's id and title). */
  indexUrl: string;
  /** Address prefix of the per-role files: `${roleUrl}${id}.json`. */
  roleUrl: string;
  /** Focus the role picker once shown (the reader asked for the tool). */
  focus: boolean;
}

type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

const MATRIX_ROWS = 20;

const addressFor = (ids: readonly string[]) =>
  `${location.pathname}${serialiseRoles(ids, location.search)}${location.hash}`;

/** What the address asked for that the tool left out, as sentences. */
function addressProblems(report: RolesSelection | null): string[] {
  if (!report) return [];
  const quoted = (ids: string[]) => formatList(ids.map((id) => `“${id}”`));
  if (report.ids.length === 0 && report.overflow.length === 0 && report.unknown.length > 0)
    return [
      `None of the roles this address names is in the data (${quoted(report.unknown)}), so there is nothing to compare yet. Pick two roles below to start.`,
    ];
  return [
    report.unknown.length > 0 &&
      `The address names ${report.unknown.length === 1 ? 'a role' : 'roles'} not in the data: ${quoted(report.unknown)}. ${report.unknown.length === 1 ? 'It was' : 'They were'} left out.`,
    report.duplicates.length > 0 && `${quoted(report.duplicates)} appeared more than once; each role is compared once.`,
    report.overflow.length > 0 &&
      `The tool compares at most ${MAX_ROLES} roles, so ${quoted(report.overflow)} ${report.overflow.length === 1 ? 'was' : 'were'} left out.`,
  ].filter((text): text is string => typeof text === 'string');
}

// eslint-disable-next-line max-lines-per-function -- a React component keeps its state and effects in one function; most lines are its markup
export function CompareTool({ indexUrl, roleUrl, focus }: CompareToolProps) {
  const [index, setIndex] = useState<Loaded<ToolIndexEntry[]>>({ state: 'loading' });
  const [selection, setSelection] = useState<string[]>([]);
  const [report, setReport] = useState<RolesSelection | null>(null);
  const [records, setRecords] = useState<Record<string, Loaded<ToolRole>>>({});
  const [announcement, setAnnouncement] = useState('');
  const [tables, setTables] = useState(false);
  const [matrixLimit, setMatrixLimit] = useState(MATRIX_ROWS);
  const [manualCopy, setManualCopy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const loadIndex = useCallback(() => {
    setIndex({ state: 'loading' });
    fetchJson<ToolIndex>(indexUrl).then(
      (value) => setIndex({ state: 'ready', value: value.roles }),
      () => setIndex({ state: 'failed' }),
    );
  }, [indexUrl]);
  useEffect(loadIndex, [loadIndex]);

  useEffect(() => {
    if (focus) inputRef.current?.focus();
  }, [focus]);

  // The address → the selection: once the role list is known, and again on back/forward.
  useEffect(() => {
    if (index.state !== 'ready') return;
    const ids = index.value.map((r) => r.id);
    const readAddress = () => {
      const parsed = parseRoles(location.search, ids);
      setSelection(parsed.ids);
      setTables(readTablesView(location.search));
      setReport(parsed.unknown.length + parsed.duplicates.length + parsed.overflow.length > 0 ? parsed : null);
      if (!isCanonical(location.search, parsed.ids)) history.replaceState(history.state, '', addressFor(parsed.ids));
    };
    readAddress();
    window.addEventListener('popstate', readAddress);
    return () => window.removeEventListener('popstate', readAddress);
  }, [index]);

  // Each picked role's file, fetched once.
  const loadRole = useCallback(
    (id: string) => {
      setRecords((current) => ({ ...current, [id]: { state: 'loading' } }));
      fetchJson<ToolRole>(`${roleUrl}${encodeURIComponent(id)}.json`).then(
        (value) => setRecords((current) => ({ ...current, [id]: { state: 'ready', value } })),
        () => setRecords((current) => ({ ...current, [id]: { state: 'failed' } })),
      );
    },
    [roleUrl],
  );
  useEffect(() => {
    for (const id of selection) if (!records[id]) loadRole(id);
  }, [selection, records, loadRole]);

  const titles = useMemo(() => new Map(index.state === 'ready' ? index.value.map((r) => [r.id, r]) : []), [index]);
  const picked = selection.flatMap((id) => titles.get(id) ?? []);

  const change = (next: string[], message: string) => {
    setSelection(next);
    setReport(null);
    setManualCopy(false);
    history.pushState(null, '', addressFor(next));
    setAnnouncement(`${message} ${pluralize(next.length, 'role')} picked.`);
  };
  const add = (id: string) => {
    if (selection.includes(id) || selection.length >= MAX_ROLES) return;
    change([...selection, id], `Added ${titles.get(id)?.title ?? id}.`);
  };
  const remove = (id: string) =>
    change(
      selection.filter((s) => s !== id),
      `Removed ${titles.get(id)?.title ?? id}.`,
    );

  const failed = selection.filter((id) => records[id]?.state === 'failed');
  const view = useMemo(() => {
    const loaded = selection.flatMap((id) => {
      const record = records[id];
      return record?.state === 'ready' ? [record.value] : [];
    });
    return selection.length >= MIN_ROLES && loaded.length === selection.length ? buildToolView(loaded) : null;
  }, [selection, records]);

  const copyLink = async () => {
    const copied = await copyText(location.href);
    setManualCopy(!copied);
    setAnnouncement(copied ? 'Link copied.' : 'Could not copy the link: it is shown below to copy by hand.');
  };

  const problems = addressProblems(report);

  return (
    <div data-testid="compare-tool">
      {problems.length > 0 && (
        <div
          role="alert"
          className="mb-4 rounded-md border border-control bg-highlight p-3"
          data-testid="address-problems"
        >
          {problems.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      )}
      {index.state === 'failed' ? (
        <p role="alert">
          The list of roles could not be loaded.{' '}
          <button type="button" onClick={loadIndex} className="underline">
            Try again
          </button>
        </p>
      ) : (
        <RolePicker
          roles={index.state === 'ready' ? index.value : []}
          loading={index.state === 'loading'}
          picked={picked}
          onAdd={add}
          onRemove={remove}
          inputRef={inputRef}
        />
      )}
      <p role="status" className="sr-only" data-testid="announcer">
        {announcement}
      </p>
      {index.state === 'ready' && selection.length < MIN_ROLES && (
        <p className="mt-4 text-muted" data-testid="pick-more">
          {selection.length === 0
            ? 'Pick two roles to start the comparison.'
            : 'Pick at least one more role to compare.'}
        </p>
      )}
      {failed.length > 0 && (
        <p role="alert" className="mt-4">
          The data for {formatList(failed.map((id) => titles.get(id)?.title ?? id))} could not be loaded.{' '}
          <button type="button" onClick={() => failed.forEach(loadRole)} className="underline">
            Try again
          </button>
        </p>
      )}
      {selection.length >= MIN_ROLES && !view && failed.length === 0 && (
        <p className="mt-4 text-muted">Loading the comparison…</p>
      )}
      {view && (
        <div className="mt-6" data-testid="comparison-view">
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Comparison actions">
            <button type="button" onClick={copyLink} className="rounded-md border border-control px-3 py-1.5 text-sm">
              Copy link
            </button>
            <button
              type="button"
              onClick={() => saveFile(toolCsv(view), 'text/csv;charset=utf-8', toolFileName(view, 'csv'))}
              className="rounded-md border border-control px-3 py-1.5 text-sm"
            >
              Download CSV
            </button>
            <button
              type="button"
              onClick={() => saveFile(toolJson(view, location.href), 'application/json', toolFileName(view, 'json'))}
              className="rounded-md border border-control px-3 py-1.5 text-sm"
            >
              Download JSON
            </button>
            <button
              type="button"
              aria-pressed={tables}
              onClick={() => {
                const next = !tables;
                setTables(next);
                history.replaceState(
                  history.state,
                  '',
                  `${location.pathname}${withTablesView(location.search, next)}${location.hash}`,
                );
              }}
              className="rounded-md border border-control px-3 py-1.5 text-sm aria-pressed:bg-accent aria-pressed:text-accent-ink"
            >
              Show as tables
            </button>
          </div>
          {manualCopy && (
            <p className="mt-3 text-sm">
              <label>
                Link to this comparison:{' '}
                <input
                  readOnly
                  value={location.href}
                  onFocus={(event) => event.target.select()}
                  className="w-full max-w-md rounded-md border border-control bg-paper px-2 py-1"
                />
              </label>
            </p>
          )}
          {view.missing.length > 0 && (
            <ul className="mt-4 space-y-1 text-muted" data-testid="tool-missing">
              {view.missing.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          <SkillsMatrixPanel
            view={view}
            tables={tables}
            limit={matrixLimit}
            onShowAll={() => setMatrixLimit(Infinity)}
          />
          <SalaryPanel view={view} tables={tables} />
          <EducationPanel view={view} tables={tables} />
          <OfficialWagesPanel view={view} tables={tables} />
          <ImportancePanel view={view} tables={tables} />
        </div>
      )}
    </div>
  );
}
