import type { Attempt } from '../progress/index.ts';
import { changeCounts, changeRows, describeCounts, growthSeries } from '../lib/growth.ts';
import { nextStep, type Retake } from '../lib/next-step.ts';
import { listInWords } from '../lib/format.ts';
import { formatTime } from './save-status.ts';
import RadarChart from './RadarChart.tsx';
import ChangeTable from './ChangeTable.tsx';
import type { LiveInstrumentOutline } from './dashboard-types.ts';

interface Lesson {
  id: string;
  title: string;
  href: string;
}

interface Props {
  instrument: LiveInstrumentOutline;
  attempts: Attempt[];
  lessons: Lesson[];
  isDone: (lesson: string) => boolean;
  now: Date;
}

const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const date = (iso: string) => DAY.format(new Date(iso));

/**
 * How a learner has grown in one instrument: the radar with the first and latest attempts overlaid, a table of the
 * change in each dimension, what to do next, and every attempt in full.
 */
export default function AttemptHistory({ instrument, attempts, lessons, isDone, now }: Props) {
  const series = growthSeries(attempts);
  if (!series) return null;
  const { latest, first, between } = series;
  const { dimensions } = instrument;
  const rows = changeRows(attempts, dimensions);
  const next = nextStep(attempts, dimensions, instrument.takenIn, now);
  const lesson = (id: string) => lessons.find((l) => l.id === id);
  const name = (id: string) => dimensions.find((d) => d.id === id)?.name ?? id;
  return (
    <section aria-labelledby={`history-${instrument.id}`} class="attempt-history">
      <h3 id={`history-${instrument.id}`}>{instrument.title}</h3>
      {first ? (
        <p>
          {attempts.length} attempts, from {date(first.completedAt)} to {date(latest.completedAt)}.{' '}
          {describeCounts(changeCounts(rows))} since your first attempt.
        </p>
      ) : (
        <p>
          One attempt so far, on {date(latest.completedAt)}. A second attempt will show how each dimension has moved since this
          one: both drawn on the chart, and the change in each level in the table.
        </p>
      )}
      <RadarChart
        id={`progress-${instrument.id}`}
        dimensions={dimensions}
        current={latest.ratings}
        previous={first?.ratings}
        previousLabel={first && `your first attempt (${date(first.completedAt)})`}
        between={between.map((a) => a.ratings)}
      />
      <ul class="chart-key">
        <li>
          <span class="key-current" aria-hidden="true" /> {first ? 'Latest attempt' : 'Your attempt'}, {date(latest.completedAt)}:
          solid line, shaded
        </li>
        {first && (
          <li>
            <span class="key-previous" aria-hidden="true" /> First attempt, your baseline, {date(first.completedAt)}: dashed line
          </li>
        )}
        {between.length > 0 && (
          <li>
            <span class="key-between" aria-hidden="true" /> The {between.length} {between.length === 1 ? 'attempt' : 'attempts'}{' '}
            in between: faint dotted {between.length === 1 ? 'line' : 'lines'}
          </li>
        )}
      </ul>
      <div class="table-scroll">
        <ChangeTable
          class="change-table"
          caption={
            first
              ? `Change in each dimension, level 1 to 5, from your first attempt (${date(first.completedAt)}) to your latest (${date(latest.completedAt)}), over ${attempts.length} attempts`
              : 'Your level in each dimension, 1 to 5'
          }
          rows={rows}
          compared={first && { before: 'First', after: 'Latest' }}
          levelHeading="Your level"
        />
      </div>
      {next && (
        <div class="next-step">
          <h4>What to do next</h4>
          {next.weakest.length > 0 ? (
            <>
              <p>
                Weakest now: {listInWords(next.weakest.map(name))}. The lessons that build{' '}
                {next.weakest.length === 1 ? 'it' : 'them'}:
              </p>
              <ul class="build-lessons">
                {next.lessons.map(lesson).map(
                  (l) =>
                    l && (
                      <li>
                        <a href={l.href}>{l.title}</a>
                        {isDone(l.id) && ' (completed: worth a second read with this in mind)'}
                      </li>
                    ),
                )}
              </ul>
            </>
          ) : (
            <p>Every dimension is at the same level, so none stands out: pick the one you most want to grow.</p>
          )}
          {next.retake && <RetakeAdvice retake={next.retake} lesson={lesson(next.retake.lesson)} />}
        </div>
      )}
      {first && (
        <details class="every-attempt">
          <summary>Every attempt, level by level</summary>
          <div class="table-scroll">
            <table class="all-attempts">
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
                {dimensions.map((d) => (
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
        </details>
      )}
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
                    {dimensions.map(
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

/** When and where to take the self-assessment again. */
function RetakeAdvice({ retake, lesson }: { retake: Retake; lesson: Lesson | undefined }) {
  const where = lesson ? <a href={lesson.href}>{lesson.title}</a> : 'the course';
  switch (retake.when) {
    case 'in-course':
      return <p class="retake">Take it again in {where} when you reach it.</p>;
    case 'now':
      return (
        <p class="retake">
          It is {retake.weeksSince} weeks since your last attempt: a good time to take it again, in {where}.
        </p>
      );
    case 'later':
      return (
        <p class="retake">
          Retake it in about {retake.weeks} {retake.weeks === 1 ? 'week' : 'weeks'}, around {date(retake.on)}, in {where}. The
          levels describe what you do over months, so the course suggests about six months between attempts.
        </p>
      );
  }
}
