/**
 * The career-move tool: two pickers (from, to) and the move between them. The address is the state
 * (?from=<id>&to=<id>), so a link brings back the same move; picking updates it with replaceState.
 * Data: the comparison tool's index and one small record per role, fetched only for the two picked.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { fetchJson } from '@/components/islands/compare/fetch-json';
import { MoveSections } from '@/components/islands/moves/MoveSections';
import { moveSearch, moveView } from '@/lib/career/move-view';
import type { ToolIndex, ToolRole } from '@/lib/compare/tool-data';

export interface MoveToolProps {
  indexUrl: string;
  roleUrl: string;
  /** Focus the first picker once mounted (the person clicked to start). */
  focus: boolean;
}

function fromAddress(): { from: string; to: string } {
  const params = new URLSearchParams(location.search);
  return { from: params.get('from') ?? '', to: params.get('to') ?? '' };
}

export function MoveTool({ indexUrl, roleUrl, focus }: MoveToolProps) {
  const id = useId();
  const [index, setIndex] = useState<ToolIndex | undefined>();
  const [picked, setPicked] = useState(fromAddress);
  const [roles, setRoles] = useState<{ from?: ToolRole; to?: ToolRole }>({});
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    fetchJson<ToolIndex>(indexUrl).then(setIndex, () => setError('The list of roles could not load.'));
  }, [indexUrl]);

  const known = useMemo(() => new Set(index?.roles.map((r) => r.id)), [index]);
  useEffect(() => {
    if (!index) return;
    const valid = (value: string) => (known.has(value) ? value : '');
    const from = valid(picked.from);
    const to = valid(picked.to);
    const search = from && to ? moveSearch(from, to) : '';
    if (location.search !== search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
    setRoles({});
    if (!from || !to) return;
    let current = true;
    Promise.all([fetchJson<ToolRole>(`${roleUrl}${from}.json`), fetchJson<ToolRole>(`${roleUrl}${to}.json`)]).then(
      ([a, b]) => current && setRoles({ from: a, to: b }),
      () => current && setError('The two roles could not load. Check the connection and try again.'),
    );
    return () => {
      current = false;
    };
  }, [index, known, picked, roleUrl]);

  const view = roles.from && roles.to ? moveView(roles.from, roles.to) : undefined;
  const picker = (side: 'from' | 'to', label: string) => (
    <div>
      <label htmlFor={`${id}-${side}`} className="block font-semibold">
        {label}
      </label>
      <select
        id={`${id}-${side}`}
        className="mt-1 w-full max-w-md rounded-md border border-control bg-page px-2 py-1.5"
        value={known.has(picked[side]) ? picked[side] : ''}
        autoFocus={focus && side === 'from'}
        onChange={(event) => setPicked((p) => ({ ...p, [side]: event.target.value }))}
      >
        <option value="">Choose a role or occupation</option>
        {index?.roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div data-testid="move-tool">
      {!index && !error && <p role="status">Loading the roles…</p>}
      {error && <p role="alert">{error}</p>}
      {index && (
        <div className="grid gap-4 sm:grid-cols-2">
          {picker('from', 'From')}
          {picker('to', 'To')}
        </div>
      )}
      <div aria-live="polite">
        {view && (
          <>
            <h2 className="mt-8 text-2xl font-semibold" data-testid="move-heading">
              {`From ${view.from.title} to ${view.to.title}`}
            </h2>
            <MoveSections view={view} headingLevel={3} />
          </>
        )}
      </div>
    </div>
  );
}
