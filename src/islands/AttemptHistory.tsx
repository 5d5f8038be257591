import type { Attempt } from '../progress/index.ts';
import { linePoints } from '../lib/radar.ts';
import { formatTime } from './save-status.ts';

interface Props {
  instrument: { id: string; title: string; dimensions: { id: string; name: string }[] };
  attempts: Attempt[];
}

const W = 160;
const H = 48;

/** Every attempt of an instrument: a small chart of change over time per dimension, and the full table. */
export default function AttemptHistory({ instrument, attempts }: Props) {
  return (
    <section aria-labelledby={`history-${instrument.id}`} class="attempt-history">
      <h3 id={`history-${instrument.id}`}>{instrument.title}</h3>
      <p>
        {attempts.length} {attempts.length === 1 ? 'attempt' : 'attempts'}, the first on {formatTime(attempts[0]!.completedAt)}.
      </p>
      <ul class="sparklines">
        {instrument.dimensions.map((d) => {
          const levels = attempts.map((a) => a.ratings[d.id] ?? 0);
          const points = linePoints(levels, W - 8, H - 8, 1, 5).map((p) => ({ x: p.x + 4, y: p.y + 4 }));
          return (
            <li>
              <span>{d.name}</span>
              <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={`${d.name}: ${levels.join(', then ')}`}>
                <line class="spark-base" x1="4" y1={H - 4} x2={W - 4} y2={H - 4} />
                <polyline class="spark-line" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
                {points.map((p) => (
                  <circle class="spark-dot" cx={p.x} cy={p.y} r="3.5" />
                ))}
              </svg>
            </li>
          );
        })}
      </ul>
      <div class="table-scroll">
        <table>
          <caption>Your level in each dimension, attempt by attempt (1 to 5)</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              {attempts.map((a, i) => (
                <th scope="col">
                  {i + 1}. {formatTime(a.completedAt)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {instrument.dimensions.map((d) => (
              <tr>
                <th scope="row">{d.name}</th>
                {attempts.map((a) => (
                  <td>{a.ratings[d.id] ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {attempts.some((a) => a.evidence) && (
        <>
          <h4>Your evidence</h4>
          <dl class="attempt-evidence">
            {attempts.map(
              (a, i) =>
                a.evidence && (
                  <>
                    <dt>
                      Attempt {i + 1}, {formatTime(a.completedAt)}
                    </dt>
                    {instrument.dimensions.map(
                      (d) =>
                        a.evidence?.[d.id] && (
                          <dd>
                            {d.name} (level {a.ratings[d.id] ?? '—'}): <span class="learner-text">{a.evidence[d.id]}</span>
                          </dd>
                        ),
                    )}
                  </>
                ),
            )}
          </dl>
        </>
      )}
    </section>
  );
}
