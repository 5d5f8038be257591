import type { Attempt } from '../progress/index.ts';
import { compareAttempts, levelDescription, strongestAndWeakest } from '../lib/assessment-results.ts';
import { suggestedLessons } from '../lib/suggested-lessons.ts';
import type { DimensionSummary, InstrumentDetail } from './assessment-detail.ts';
import { formatTime } from './save-status.ts';
import RadarChart from './RadarChart.tsx';
import ChangeTable from './ChangeTable.tsx';

interface Props {
  id: string;
  latest: Attempt;
  compared: Attempt | undefined;
  comparedLabel: string | undefined;
  attemptCount: number;
  dimensions: DimensionSummary[];
  advice: InstrumentDetail | undefined;
  /** The lesson the assessment is in, and the lessons completed: neither is suggested. */
  lesson: string;
  completed: ReadonlySet<string>;
}

/** A completed self-assessment: a chart, a table, the descriptions chosen, and lessons for the weakest dimensions. */
export default function AssessmentResults(props: Props) {
  const { id, latest, compared, comparedLabel, attemptCount, dimensions, advice, lesson, completed } = props;
  const rows = compareAttempts(latest.ratings, compared?.ratings, dimensions);
  const { strongest, weakest } = strongestAndWeakest(latest.ratings, dimensions);
  const names = (ids: string[]) =>
    dimensions
      .filter((d) => ids.includes(d.id))
      .map((d) => d.name)
      .join(', ');
  const lessons = advice && suggestedLessons(advice.dimensions, weakest, lesson, completed);
  const them = weakest.length === 1 ? 'it' : 'them';
  return (
    <div class="assessment-results">
      <h4 tabIndex={-1}>
        Your results, {formatTime(latest.completedAt)}
        {attemptCount > 1 && ` (attempt ${attemptCount})`}
      </h4>
      <RadarChart
        id={id}
        dimensions={dimensions}
        current={latest.ratings}
        previous={compared?.ratings}
        previousLabel={comparedLabel}
      />
      {compared && (
        <p class="chart-key">
          <span class="key-current" aria-hidden="true" /> This attempt <span class="key-previous" aria-hidden="true" />{' '}
          {comparedLabel}
        </p>
      )}
      <ChangeTable
        class="assessment-table"
        caption="Your level in each dimension, from 1 to 5"
        rows={rows}
        compared={compared && { before: 'Before', after: 'This attempt' }}
        levelHeading="This attempt"
      />
      {/* Drawn before the descriptions arrive, so their arrival moves nothing below. */}
      <details class="level-meanings">
        <summary>What you chose, in the words of the descriptions</summary>
        {advice ? (
          <>
            <dl>
              {dimensions.map((d) => {
                const level = latest.ratings[d.id];
                const text = level && levelDescription(advice, latest.version, d.id, level);
                return (
                  <>
                    <dt>
                      {d.name}: level {level ?? '—'}
                    </dt>
                    <dd>{text || 'The description of this level is no longer available.'}</dd>
                    {latest.evidence?.[d.id] && (
                      <dd>
                        Your evidence: <span class="learner-text">{latest.evidence[d.id]}</span>
                      </dd>
                    )}
                  </>
                );
              })}
            </dl>
            {(latest.version ?? 1) < advice.version && (
              <p>This attempt was taken with an earlier version of these descriptions, shown here as you saw them.</p>
            )}
          </>
        ) : (
          <p>Loading the descriptions…</p>
        )}
      </details>
      {strongest.length > 0 ? (
        <>
          <p>
            <strong>Strongest:</strong> {names(strongest)}. <strong>Weakest:</strong> {names(weakest)}.
          </p>
          {lessons &&
            (lessons.length > 0 ? (
              <>
                <p>Lessons that build your weakest {weakest.length === 1 ? 'dimension' : 'dimensions'}:</p>
                <ul class="suggested-lessons">
                  {lessons.map((l) => (
                    <li>
                      <a href={l.href}>{l.title}</a>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p class="suggested-lessons">
                You have already worked through the lessons that build {them}. Go back to the one you found hardest, or make{' '}
                {them} part of your plan.
              </p>
            ))}
        </>
      ) : (
        <p>You rated every dimension at the same level, so no one area stands out. Pick the one you most want to grow.</p>
      )}
    </div>
  );
}
