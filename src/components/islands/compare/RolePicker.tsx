/**
 * Picks 2–4 roles: an ARIA 1.2 combobox (an input that filters a listbox of roles as you type; the
 * arrow keys move through the options, Enter adds, Escape closes then clears) and the picked roles
 * as chips, each with a remove button.
 *
 * The options come from the site's search engine (the same worker and index as the search
 * dialog, loaded when the picker is first used), so alternative titles, acronyms and typos work
 * here as everywhere a person types a role ("gam" → Global account manager, "nurse" → Registered
 * Nurses). Until its answer for what was typed arrives, or if it cannot load, the plain title
 * filter answers.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { filterRoles, MAX_OPTIONS } from '@/lib/compare/role-filter';
import type { ToolIndexEntry } from '@/lib/compare/tool-data';
import { MAX_ROLES, MIN_ROLES } from '@/lib/compare/url-state';
import { pluralize } from '@/lib/format';

export interface RolePickerProps {
  /** Every role that can be picked; empty while the list loads. */
  roles: ToolIndexEntry[];
  loading: boolean;
  picked: ToolIndexEntry[];
  onAdd(id: string): void;
  onRemove(id: string): void;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** Results asked of the engine: enough roles to fill the list after skills and picked roles are left out. */
const ENGINE_LIMIT = MAX_OPTIONS + MAX_ROLES + 30;

interface EngineAnswer {
  query: string;
  /** Role ids, best first. */
  ids: string[];
  /** How many roles the engine matched in all (it returns the best few). */
  total: number;
}

/** The role id of a search result's page ("roles/registered-nurses/" → "registered-nurses"). */
const roleIdOf = (path: string) => /^roles\/([^/]+)\/$/.exec(path)?.[1];

/** The search engine's answer for `query`, once it arrives (the engine loads on first use). */
function useEngineAnswer(query: string): EngineAnswer | undefined {
  const [answer, setAnswer] = useState<EngineAnswer>();
  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let live = true;
    import('@/components/islands/search/engine-client')
      .then(({ loadSearchClient }) => loadSearchClient())
      .then((client) => client.search(q, ENGINE_LIMIT))
      .then((results) => {
        if (!live) return;
        const ids = results.hits.flatMap((hit) => {
          const role = hit.entry.kind === 'role' ? roleIdOf(hit.entry.path) : undefined;
          return role ? [role] : [];
        });
        setAnswer({ query: q, ids, total: results.matchedByKind.role });
      })
      .catch(() => undefined); // the title filter keeps answering
    return () => {
      live = false;
    };
  }, [query]);
  return answer?.query === query.trim() ? answer : undefined;
}

/** The options for `query`: the engine's roles when it has answered, else the title filter's. */
function useRoleOptions(roles: ToolIndexEntry[], query: string, picked: ToolIndexEntry[], full: boolean) {
  const answer = useEngineAnswer(full ? '' : query);
  return useMemo(() => {
    if (full) return { matches: [], total: 0 };
    const excluded = picked.map((r) => r.id);
    if (!answer) return filterRoles(roles, query, excluded);
    const byId = new Map(roles.map((role) => [role.id, role]));
    const found = answer.ids.flatMap((id) => {
      const role = byId.get(id);
      return role && !excluded.includes(id) ? [role] : [];
    });
    // Picked roles are among the engine's matches but not among the options.
    const pickedMatches = answer.ids.length - found.length;
    return { matches: found.slice(0, MAX_OPTIONS), total: Math.max(found.length, answer.total - pickedMatches) };
  }, [roles, query, picked, full, answer]);
}

// eslint-disable-next-line max-lines-per-function -- a React component keeps its state and effects in one function; most lines are its markup
export function RolePicker({ roles, loading, picked, onAdd, onRemove, inputRef }: RolePickerProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const fullId = `${id}-full`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const full = picked.length >= MAX_ROLES;
  const { matches, total } = useRoleOptions(roles, query, picked, full);
  const expanded = open && matches.length > 0;
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const focusAfterRemove = useRef<string | null>(null);

  useEffect(() => {
    if (active >= matches.length) setActive(matches.length > 0 ? 0 : -1);
  }, [active, matches.length]);

  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [expanded, active]); // optionId depends only on the stable id

  // After a chip is removed, focus moves to the next chip's button, else the previous, else the input.
  useEffect(() => {
    const next = focusAfterRemove.current;
    if (next === null) return;
    focusAfterRemove.current = null;
    const button = next === '' ? undefined : removeButtons.current.get(next);
    (button ?? inputRef.current)?.focus();
  }, [picked, inputRef]);

  const choose = (role: ToolIndexEntry) => {
    onAdd(role.id);
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const remove = (index: number) => {
    const neighbour = picked[index + 1] ?? picked[index - 1];
    focusAfterRemove.current = neighbour?.id ?? '';
    onRemove(picked[index]!.id);
  };

  const move = (step: 1 | -1) => {
    if (matches.length === 0) return;
    setActive((current) =>
      current < 0 ? (step === 1 ? 0 : matches.length - 1) : (current + step + matches.length) % matches.length,
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          if (!event.altKey) setActive(matches.length > 0 ? 0 : -1);
        } else move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(matches.length - 1);
        } else move(-1);
        break;
      case 'Enter': {
        const role = expanded ? matches[active] : undefined;
        if (role) {
          event.preventDefault();
          choose(role);
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  const matchNote = loading
    ? 'Loading the list of roles…'
    : full
      ? ''
      : open && query.trim() !== ''
        ? total === 0
          ? `No role matches “${query.trim()}”.`
          : `${pluralize(total, 'role')} ${total === 1 ? 'matches' : 'match'}${total > matches.length ? `; the first ${matches.length} are listed, type more to narrow them` : ''}.`
        : '';

  return (
    <div data-testid="role-picker">
      <label htmlFor={inputId} className="block font-semibold">
        Roles to compare
      </label>
      <p id={hintId} className="mt-1 text-sm text-muted">
        Pick {MIN_ROLES} to {MAX_ROLES} roles. Type to filter the list, use the up and down arrow keys to choose, and
        press Enter to add.
      </p>
      {picked.length > 0 && (
        <ul aria-label="Picked roles" className="mt-3 flex flex-wrap gap-2" data-testid="picked-roles">
          {picked.map((role, index) => (
            <li
              key={role.id}
              className="inline-flex items-center gap-1 rounded-full border border-control bg-paper py-0.5 pr-1 pl-3"
              data-role-id={role.id}
            >
              <span>{role.title}</span>
              <button
                type="button"
                ref={(button) => {
                  if (button) removeButtons.current.set(role.id, button);
                  else removeButtons.current.delete(role.id);
                }}
                onClick={() => remove(index)}
                aria-label={`Remove ${role.title}`}
                className="inline-flex h-7 w-7 items-center justify-center rounded-full text-lg leading-none hover:bg-panel"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="relative mt-3 max-w-md">
        <input
          id={inputId}
          ref={inputRef}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={full ? `${hintId} ${fullId}` : hintId}
          autoComplete="off"
          spellCheck={false}
          placeholder={full ? 'Remove a role to add another' : 'Type a role, e.g. sales'}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(event.target.value.trim() === '' ? -1 : 0);
          }}
          onKeyDown={onKeyDown}
          onClick={() => setOpen((current) => !current)}
          onBlur={() => setOpen(false)}
          className="w-full rounded-md border border-control bg-paper px-3 py-2 text-ink placeholder:text-muted"
        />
        <ul
          id={listboxId}
          role="listbox"
          aria-label="Roles"
          hidden={!expanded}
          className="absolute z-10 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-control bg-paper py-1 shadow-lg"
        >
          {matches.map((role, index) => (
            <li
              key={role.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Keeps focus in the input, so the click does not close the list first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(role)}
              className={`cursor-pointer px-3 py-1.5 ${index === active ? 'bg-accent text-accent-ink' : 'hover:bg-panel'}`}
            >
              {role.title}
            </li>
          ))}
        </ul>
      </div>
      <p className="mt-1 min-h-6 text-sm text-muted" aria-live="polite" data-testid="match-note">
        {matchNote}
      </p>
      {full && (
        <p id={fullId} className="text-sm">
          {MAX_ROLES} roles picked, the most the tool compares at once: remove one to add another.
        </p>
      )}
    </div>
  );
}
