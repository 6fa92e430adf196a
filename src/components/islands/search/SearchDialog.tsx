/**
 * The search dialog: a native modal <dialog> (the rest of the page is inert while it is open)
 * holding a combobox — the input keeps focus, arrow keys move the active option of the listbox,
 * Enter opens it, Escape closes the dialog and focus goes back where it was. The dialog itself
 * scrolls, with the search box and footer stuck to its edges, so the scrolling region holds the
 * focusable controls and keyboard users can always reach what it hides.
 */
import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { KIND_LABELS } from '@/lib/search/index-format';
import { groupByKind, hitItem, suggestionItem, type ResultItem } from '@/lib/search/present';
import { searchPageHref } from '@/lib/search/urls';
import { href } from '@/lib/site/urls';
import { useSearchClient, useSearchResults } from '@/components/islands/search/engine-client';
import { ResultText } from '@/components/islands/search/ResultText';

/** Results shown in the dialog; the results page shows more. */
const DIALOG_LIMIT = 10;
/** Screen readers hear the count once typing pauses, not at every keystroke. */
const ANNOUNCE_DELAY_MS = 400;

const ID = {
  title: 'site-search-title',
  input: 'site-search-input',
  listbox: 'site-search-listbox',
  option: (i: number) => `site-search-option-${i}`,
  group: (kind: string) => `site-search-group-${kind}`,
};

export interface SearchDialogHandle {
  /** Opens the dialog; `returnTo` gets focus back when it closes. */
  open(returnTo: Element | null): void;
}

function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

// eslint-disable-next-line max-lines-per-function -- a React component keeps its state and effects in one function; most lines are its markup
export function SearchDialog({ ref }: { ref?: Ref<SearchDialogHandle> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<Element | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [isOpen, setIsOpen] = useState(false);
  const clientState = useSearchClient();
  const client = clientState.status === 'ready' ? clientState.client : undefined;
  const trimmed = query.trim();
  const live = useSearchResults(clientState, trimmed, DIALOG_LIMIT);
  const results = live.results;

  useImperativeHandle(
    ref,
    () => ({
      open(target) {
        returnTo.current = target;
        const element = dialog.current;
        if (element && !element.open) element.showModal();
        setIsOpen(true);
        input.current?.focus();
        input.current?.select();
      },
    }),
    [],
  );

  const items: ResultItem[] = results
    ? results.hits.map(hitItem)
    : client && !trimmed
      ? client.suggestions.map(suggestionItem)
      : [];
  const groups = groupByKind(items);
  const shown = groups.flatMap((g) => g.items);
  const activeIndex = shown.length > 0 ? Math.min(active, shown.length - 1) : -1;

  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(ID.option(activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  const status =
    clientState.status === 'loading'
      ? 'Loading search…'
      : clientState.status === 'failed'
        ? 'Search could not load. The search page lists everything A to Z.'
        : !trimmed
          ? `${shown.length} suggestions`
          : live.pending
            ? 'Searching…'
            : shown.length === 0
              ? `No results for “${trimmed}”`
              : `${shown.length} ${shown.length === 1 ? 'result' : 'results'}${results && results.matched > shown.length ? `; more on the results page` : ''}`;
  const announced = useDebounced(isOpen ? status : '', ANNOUNCE_DELAY_MS);

  function open(item: ResultItem) {
    dialog.current?.close();
    window.location.assign(href(item.entry.path));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    const count = shown.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive((activeIndex + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((activeIndex - 1 + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (live.pending && client) {
        // Typed faster than the answer came: open the best result for what was typed.
        void client.search(trimmed, DIALOG_LIMIT).then((answer) => {
          const best = answer?.hits[0];
          if (best) open(hitItem(best));
          else if (trimmed) window.location.assign(searchPageHref(trimmed));
        });
        return;
      }
      const item = shown[activeIndex];
      if (item) open(item);
      else if (trimmed) window.location.assign(searchPageHref(trimmed));
    }
  }

  function onClose() {
    setIsOpen(false);
    const target = returnTo.current;
    returnTo.current = null;
    if (target instanceof HTMLElement && target.isConnected && target !== document.body) target.focus();
    // Nothing to go back to (the page itself had focus): leave the closed dialog's box, not focus it.
    else if (document.activeElement instanceof HTMLElement && dialog.current?.contains(document.activeElement)) {
      document.activeElement.blur();
    }
  }

  let position = 0;
  return (
    <dialog
      ref={dialog}
      aria-labelledby={ID.title}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (outside the panel) closes, as Escape does.
        if (event.target === dialog.current) dialog.current.close();
      }}
      className="mx-auto mt-[8vh] max-h-[84vh] w-[min(40rem,calc(100vw-1.5rem))] overflow-y-auto overscroll-contain rounded-lg border border-rule bg-paper p-0 text-ink shadow-2xl backdrop:bg-black/50"
    >
      <div>
        <div className="sticky top-0 z-10 flex items-center gap-2 border-b border-rule bg-paper px-3 py-2">
          <h2 id={ID.title} className="sr-only">
            Search Role Atlas
          </h2>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="18" height="18" className="shrink-0 text-muted">
            <circle cx="7" cy="7" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="m10.5 10.5 3.75 3.75" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
          <label htmlFor={ID.input} className="sr-only">
            Search roles, skills and employers
          </label>
          <input
            ref={input}
            id={ID.input}
            type="text"
            role="combobox"
            aria-expanded={shown.length > 0}
            aria-controls={ID.listbox}
            aria-autocomplete="list"
            aria-activedescendant={activeIndex >= 0 ? ID.option(activeIndex) : undefined}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="go"
            placeholder="Roles, skills, employers…"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            className="min-h-11 w-full min-w-0 bg-transparent text-lg text-ink outline-none placeholder:text-muted"
          />
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="min-h-9 shrink-0 rounded-md border border-control px-3 text-sm text-ink hover:bg-panel"
          >
            Close
          </button>
        </div>

        <div className="px-2 py-2">
          {!trimmed && client && (
            <p className="px-2 pb-1 text-sm text-muted">
              Suggestions — or type a role, skill or employer (typos are fine).
            </p>
          )}
          {clientState.status !== 'ready' && <p className="px-2 py-3 text-sm text-muted">{status}</p>}
          {client && trimmed && !live.pending && shown.length === 0 && (
            <p className="px-2 py-3 text-sm text-muted">
              No matches for “{trimmed}”. Check the spelling or try fewer words.
            </p>
          )}
          <div id={ID.listbox} role="listbox" aria-label="Search results" hidden={shown.length === 0}>
            {groups.map((group) => (
              <div key={group.kind} role="group" aria-labelledby={ID.group(group.kind)} className="pb-1">
                <div
                  id={ID.group(group.kind)}
                  role="presentation"
                  className="px-2 pt-2 pb-1 text-xs font-semibold tracking-wide text-muted uppercase"
                >
                  {KIND_LABELS[group.kind].many}
                </div>
                {group.items.map((item) => {
                  const i = position++;
                  return (
                    <div
                      key={`${item.entry.kind}:${item.entry.path}:${item.entry.title}`}
                      id={ID.option(i)}
                      role="option"
                      aria-selected={i === activeIndex}
                      onMouseMove={() => i !== activeIndex && setActive(i)}
                      onClick={() => open(item)}
                      className="cursor-pointer scroll-mt-16 scroll-mb-12 rounded-md border-l-4 border-transparent px-3 py-2 aria-selected:border-accent aria-selected:bg-panel"
                    >
                      <ResultText item={item} />
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
        </div>

        <div className="sticky bottom-0 flex flex-wrap items-center justify-between gap-2 border-t border-rule bg-paper px-4 py-2 text-sm">
          <a href={searchPageHref(trimmed)} className="font-medium">
            {trimmed ? `All results for “${trimmed}”` : 'Everything, A to Z'}
          </a>
          <span className="text-muted">↑ ↓ to move · Enter to open · Esc to close</span>
        </div>
        <p role="status" className="sr-only">
          {announced}
        </p>
      </div>
    </dialog>
  );
}
