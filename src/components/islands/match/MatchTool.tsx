/**
 * The skills matcher: pick skills from the site's vocabulary or paste a text, in which the skills are
 * found in the browser (src/lib/match/text.ts); rate them; roles and occupations are ranked by how
 * much of what counts for them is covered. The address keeps the chosen skills (?skills=…) and never
 * the text, which stays in this page: it is not sent, stored or put in the address.
 */
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { fetchJson } from '@/components/islands/compare/fetch-json';
import { MatchResults } from '@/components/islands/match/MatchResults';
import { findTerms, kindWords, vocabulary, type Vocabulary } from '@/components/islands/match/vocabulary';
import {
  DEFAULT_RATING,
  parseSkills,
  rankRoles,
  RATINGS,
  skillsSearch,
  type MatchData,
  type Rating,
} from '@/lib/match/rank';

export interface MatchToolProps {
  dataUrl: string;
  roleUrl: string;
  /** What was typed in the page's controls before the matcher loaded. */
  initialFind: string;
  initialText: string;
  focus?: 'find' | 'text';
}

const RATING_LABELS: Record<Rating, string> = { 1: 'Learning', 2: 'Working knowledge', 3: 'Strong' };
const SHOWN = 20;

export function MatchTool({ dataUrl, roleUrl, initialFind, initialText, focus }: MatchToolProps) {
  const [v, setV] = useState<Vocabulary | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [query, setQuery] = useState(initialFind);
  const [text, setText] = useState(initialText);
  /** Ratings of every skill the person chose or that was found in the text and kept. */
  const [ratings, setRatings] = useState(new Map<number, Rating>());
  const [dropped, setDropped] = useState(new Set<number>());
  const loaded = useRef(false);

  useEffect(() => {
    fetchJson<MatchData>(dataUrl).then(
      (data) => {
        const built = vocabulary(data);
        setRatings(parseSkills(location.search, built.bySlug));
        setV(built);
      },
      () => setError('The skills could not load. Check the connection and try again.'),
    );
  }, [dataUrl]);

  // Most keystrokes leave the set of skills found unchanged: the previous array is kept then, so the
  // ranking and the lists below are not recomputed or rendered again.
  const lastFound = useRef<number[]>([]);
  const found = useMemo(() => {
    const next = v ? v.matcher.find(text) : [];
    const last = lastFound.current;
    if (next.length !== last.length || next.some((term, i) => term !== last[i])) lastFound.current = next;
    return lastFound.current;
  }, [v, text]);
  const chosen = useMemo(() => {
    const all = new Map(ratings);
    for (const term of found) if (!all.has(term) && !dropped.has(term)) all.set(term, DEFAULT_RATING);
    return all;
  }, [ratings, found, dropped]);
  const ranked = useMemo(() => (v ? rankRoles(v.data.roles, chosen).slice(0, SHOWN) : []), [v, chosen]);

  useEffect(() => {
    if (!v) return;
    // The first render after loading keeps the address it came with until something changes.
    if (!loaded.current) {
      loaded.current = true;
      if (chosen.size === 0) return;
    }
    const search = skillsSearch(chosen, v.slugs);
    if (location.search !== search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
  }, [v, chosen]);

  // Stable callbacks (state updates by function), so the memoised lists skip keystrokes in the text.
  const add = useCallback((term: number) => {
    setRatings((r) => new Map(r).set(term, r.get(term) ?? DEFAULT_RATING));
    setDropped((d) => (d.has(term) ? new Set([...d].filter((t) => t !== term)) : d));
  }, []);
  const remove = useCallback((term: number) => {
    setRatings((r) => {
      const next = new Map(r);
      next.delete(term);
      return next;
    });
    setDropped((d) => new Set(d).add(term));
  }, []);
  const rate = useCallback((term: number, rating: Rating) => setRatings((r) => new Map(r).set(term, rating)), []);

  if (error) return <p role="alert">{error}</p>;
  if (!v) return <p role="status">Loading the skills…</p>;
  return (
    <div data-testid="match-tool">
      <div className="grid gap-4">
        <Picker v={v} query={query} setQuery={setQuery} add={add} chosen={chosen} autoFocus={focus === 'find'} />
        <TextInput text={text} setText={setText} foundCount={found.length} autoFocus={focus === 'text'} />
      </div>
      <Chosen v={v} chosen={chosen} rate={rate} remove={remove} />
      <div aria-live="polite">
        {chosen.size > 0 && (
          <>
            <h2 className="mt-8 text-2xl font-semibold">Roles and occupations that fit</h2>
            <MatchResults ranked={ranked} terms={v.data.terms} roleUrl={roleUrl} />
          </>
        )}
      </div>
    </div>
  );
}

interface PickerProps {
  v: Vocabulary;
  query: string;
  setQuery: (q: string) => void;
  add: (term: number) => void;
  chosen: ReadonlyMap<number, Rating>;
  autoFocus: boolean;
}

const Picker = memo(function Picker({ v, query, setQuery, add, chosen, autoFocus }: PickerProps) {
  const id = useId();
  const hits = useMemo(() => findTerms(v, query), [v, query]);
  return (
    <div>
      <label htmlFor={`${id}-find`} className="block font-semibold">
        Find a skill
      </label>
      <input
        id={`${id}-find`}
        type="text"
        value={query}
        autoFocus={autoFocus}
        aria-describedby={`${id}-hits`}
        onChange={(event) => setQuery(event.target.value)}
        className="mt-1 w-full max-w-md rounded-md border border-control bg-page px-2 py-1.5"
      />
      <p id={`${id}-hits`} className="mt-1 text-sm text-muted" aria-live="polite">
        {query.trim() ? `${hits.length === 12 ? 'The first 12' : hits.length} matching skills` : ''}
      </p>
      {hits.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-2" data-testid="match-hits">
          {hits.map((term) => (
            <li key={term}>
              <button
                type="button"
                disabled={chosen.has(term)}
                onClick={() => add(term)}
                className="rounded-md border border-control px-2 py-1 hover:bg-page disabled:opacity-70"
              >
                {`Add ${v.data.terms[term]!}`}
                <span className="text-sm text-muted">{` (${kindWords(v.data.kinds[term]!)})`}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});

function TextInput(props: { text: string; setText: (t: string) => void; foundCount: number; autoFocus: boolean }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={`${id}-text`} className="block font-semibold">
        Or paste a resume or a job ad
      </label>
      <textarea
        id={`${id}-text`}
        rows={6}
        value={props.text}
        autoFocus={props.autoFocus}
        aria-describedby={`${id}-note`}
        onChange={(event) => props.setText(event.target.value)}
        className="mt-1 w-full rounded-md border border-control bg-page px-2 py-1.5"
      />
      <p id={`${id}-note`} className="mt-1 text-sm text-muted" data-testid="match-found">
        {`The text stays in your browser and is not kept in the address. ${props.foundCount} ${props.foundCount === 1 ? 'skill' : 'skills'} found in it.`}
      </p>
    </div>
  );
}

interface ChosenProps {
  v: Vocabulary;
  chosen: ReadonlyMap<number, Rating>;
  rate: (term: number, rating: Rating) => void;
  remove: (term: number) => void;
}

const Chosen = memo(function Chosen({ v, chosen, rate, remove }: ChosenProps) {
  const id = useId();
  if (chosen.size === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-6">
      <h3 id={`${id}-heading`} className="text-lg font-semibold">{`Chosen skills (${chosen.size})`}</h3>
      <ul className="mt-2 grid gap-2 sm:grid-cols-2" data-testid="match-chosen">
        {[...chosen].map(([term, rating]) => (
          <li key={term} className="flex flex-wrap items-center gap-2">
            <span>{v.data.terms[term]!}</span>
            <label className="sr-only" htmlFor={`${id}-${term}`}>{`How well: ${v.data.terms[term]!}`}</label>
            <select
              id={`${id}-${term}`}
              value={rating}
              onChange={(event) => rate(term, Number(event.target.value) as Rating)}
              className="rounded-md border border-control bg-page px-1 py-0.5"
            >
              {RATINGS.map((r) => (
                <option key={r} value={r}>
                  {RATING_LABELS[r]}
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={() => remove(term)}
              className="rounded-md border border-control px-2 py-0.5"
            >{`Remove ${v.data.terms[term]!}`}</button>
          </li>
        ))}
      </ul>
    </section>
  );
});
