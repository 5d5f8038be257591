import type { Attempt } from '../progress/index.ts';
import { formatTime } from './save-status.ts';
import type { InstrumentOutline } from './dashboard-types.ts';

/**
 * The attempts of an instrument the course no longer asks for, kept readable as they were given: dates and levels in
 * a plain table, with no chart and no scale to climb.
 */
export default function EarlierRatings({ instrument, attempts }: { instrument: InstrumentOutline; attempts: Attempt[] }) {
  return (
    <section aria-labelledby={`earlier-${instrument.id}`} class="earlier-ratings">
      <h3 id={`earlier-${instrument.id}`}>{instrument.title} (earlier self-ratings)</h3>
      <p>The course no longer asks for these ratings. Yours are kept here as you gave them.</p>
      <div class="table-scroll">
        <table>
          <caption>Your earlier ratings, level 1 to 5, by date</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              {instrument.dimensions.map((d) => (
                <th scope="col">{d.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {attempts.map((a) => (
              <tr>
                <th scope="row">{formatTime(a.completedAt)}</th>
                {instrument.dimensions.map((d) => (
                  <td>{a.ratings[d.id] ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
