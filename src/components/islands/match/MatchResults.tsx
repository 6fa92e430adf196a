/** The ranked roles and occupations: each with its score, the skills that count (how much) and what is missing. */
import { memo } from 'react';
import { formatDecimal, formatPercent } from '@/lib/format';
import type { RankedRole } from '@/lib/match/rank';

const RATING_WORDS = { 1: 'learning', 2: 'working knowledge', 3: 'strong' } as const;

export const MatchResults = memo(function MatchResults({
  ranked,
  terms,
  roleUrl,
}: {
  ranked: RankedRole[];
  terms: string[];
  roleUrl: string;
}) {
  if (ranked.length === 0) {
    return <p className="mt-6">No role or occupation counts any of these skills yet. Add more skills.</p>;
  }
  return (
    <ol className="mt-6 grid gap-4" data-testid="match-results">
      {ranked.map(({ role, scorePct, usedPct, fitPct, counts, missing }) => (
        <li key={role.id} className="rounded-md border border-rule p-3" data-role-id={role.id}>
          <h3 className="text-lg font-semibold">
            <a href={`${roleUrl}${role.id}/`}>{role.title}</a>{' '}
            <span className="text-sm font-normal text-muted">
              {role.kind === 'r' ? 'resume role' : 'O*NET occupation'}
            </span>
          </h3>
          <p>
            Fit <strong data-testid="match-fit">{formatPercent(fitPct)}</strong>: you cover{' '}
            <strong data-testid="match-score">{formatPercent(scorePct)}</strong> of what counts for this role, and{' '}
            {formatPercent(usedPct)} of your skills count for it.
          </p>
          <p className="mt-1">
            <span className="font-semibold">Counts: </span>
            {counts
              .map(
                (c) =>
                  `${terms[c.term]!} (weight ${formatDecimal(c.weight)}, ${RATING_WORDS[c.rating]}: +${formatDecimal(c.points)} points)`,
              )
              .join('; ')}
          </p>
          {missing.length > 0 && (
            <p className="mt-1">
              <span className="font-semibold">Missing, heaviest first: </span>
              {missing.map((m) => `${terms[m.term]!} (weight ${formatDecimal(m.weight)})`).join('; ')}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
});
