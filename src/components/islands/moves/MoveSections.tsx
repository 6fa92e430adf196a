/** The parts of a move, drawn from a MoveView: shared by the island and (as static HTML) by the page. */
import type { ImportanceGap } from '@/lib/career/similarity';
import type { MoveView } from '@/lib/career/move-view';
import { formatDecimal } from '@/lib/format';

const signed = (n: number) => (n > 0 ? `+${formatDecimal(n)}` : formatDecimal(n));

function GapTable({ caption, rows, empty }: { caption: string; rows: ImportanceGap[]; empty: string }) {
  if (rows.length === 0) return <p className="mt-2 max-w-prose">{empty}</p>;
  return (
    <section className="mt-2 overflow-x-auto" tabIndex={0} aria-label={caption}>
      <table className="w-full border-collapse text-left tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-control">
            <th scope="col" className="px-2 py-1.5">
              Skill or knowledge area
            </th>
            <th scope="col" className="px-2 py-1.5">
              Importance now (0–100)
            </th>
            <th scope="col" className="px-2 py-1.5">
              Importance in the target
            </th>
            <th scope="col" className="px-2 py-1.5">
              Gap (points)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => (
            <tr key={g.elementId} className="border-b border-rule">
              <th scope="row" className="px-2 py-1.5 font-normal">
                {g.name}
              </th>
              <td className="px-2 py-1.5">{formatDecimal(g.from)}</td>
              <td className="px-2 py-1.5">{formatDecimal(g.to)}</td>
              <td className="px-2 py-1.5">{signed(g.gap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function MoveSections({ view, headingLevel = 3 }: { view: MoveView; headingLevel?: 2 | 3 | 4 }) {
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const from = view.from.title;
  const to = view.to.title;
  return (
    <div data-testid="move">
      {view.skills ? (
        <>
          <H className="mt-6 text-lg font-semibold">To build</H>
          <GapTable
            caption={`Skills and knowledge to build moving from ${from} to ${to}, largest gap first`}
            rows={view.skills.toBuild}
            empty={`Nothing O*NET rates important for ${to} is clearly more important there than for ${from}.`}
          />
          <H className="mt-6 text-lg font-semibold">Carry over</H>
          <GapTable
            caption={`Skills and knowledge important for both ${from} and ${to}`}
            rows={view.skills.carryOver}
            empty="No skill or knowledge area is important for both."
          />
          <H className="mt-6 text-lg font-semibold">Matter less</H>
          <GapTable
            caption={`Skills and knowledge that matter less for ${to} than for ${from}`}
            rows={view.skills.mattersLess}
            empty={`Nothing important for ${from} is clearly less important for ${to}.`}
          />
        </>
      ) : (
        <p className="mt-4 max-w-prose">
          One of the two has no O*NET skill ratings (a resume role that names no occupation), so the skills cannot be
          compared.
        </p>
      )}
      {view.differences.length > 0 && (
        <>
          <H className="mt-6 text-lg font-semibold">Wage, outlook, education and training</H>
          <section className="mt-2 overflow-x-auto" tabIndex={0} aria-label={`Differences from ${from} to ${to}`}>
            <table className="w-full border-collapse text-left tabular-nums">
              <caption className="sr-only">{`Differences from ${from} to ${to}`}</caption>
              <thead>
                <tr className="border-b border-control">
                  <th scope="col" className="px-2 py-1.5">
                    Measure
                  </th>
                  <th scope="col" className="px-2 py-1.5">
                    {from}
                  </th>
                  <th scope="col" className="px-2 py-1.5">
                    {to}
                  </th>
                  <th scope="col" className="px-2 py-1.5">
                    Difference
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.differences.map((d) => (
                  <tr key={d.label} className="border-b border-rule">
                    <th scope="row" className="px-2 py-1.5 font-normal">
                      {d.label}
                    </th>
                    <td className="px-2 py-1.5">{d.from}</td>
                    <td className="px-2 py-1.5">{d.to}</td>
                    <td className="px-2 py-1.5">{d.difference}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </div>
  );
}
