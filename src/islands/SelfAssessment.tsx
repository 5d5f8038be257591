import { useEffect, useRef, useState } from 'preact/hooks';
import { isUnreadable, MAX_EVIDENCE_LENGTH, progress, type Attempt } from '../progress/index.ts';
import {
  compareAttempts,
  describeChange,
  isComplete,
  levelDescription,
  strongestAndWeakest,
  type InstrumentLevels,
} from '../lib/assessment-results.ts';
import { useHydrated, useStored } from './hooks.ts';
import { useJson } from './use-json.ts';
import { formatTime, saveStatus } from './save-status.ts';
import RadarChart from './RadarChart.tsx';

interface DimensionSummary {
  id: string;
  name: string;
}

/** The instrument's bulk, fetched when needed: level descriptions, and the lessons that build each dimension. */
interface InstrumentDetail extends InstrumentLevels {
  dimensions: { id: string; summary: string; levels: string[]; lessons: { title: string; href: string }[] }[];
}

interface Props {
  id: string;
  instrument: string;
  /** The instrument's level descriptions and advice, fetched only when needed, to keep the lesson page light. */
  detailUrl: string;
  dimensions: DimensionSummary[];
  /** The version of the instrument's level texts, recorded with each attempt. */
  version: number;
  /** Compare the latest attempt with the one before it, or with the first (the baseline). */
  compareWith: 'previous' | 'first';
}

/** A self-assessment: a choice of behavioural description per dimension, then a chart, a table and advice. */
export default function SelfAssessment({ id, instrument, detailUrl, dimensions, version, compareWith }: Props) {
  const hydrated = useHydrated();
  const storedAttempts = useStored(progress.recordStore('attempts', instrument), undefined);
  const storedDraft = useStored(progress.recordStore('draft', id), undefined);
  const attempts = hydrated && storedAttempts && !isUnreadable(storedAttempts) ? storedAttempts.attempts : [];
  const draft = hydrated && storedDraft && !isUnreadable(storedDraft) ? storedDraft.ratings : {};
  const evidence = (hydrated && storedDraft && !isUnreadable(storedDraft) && storedDraft.evidence) || {};
  const [taking, setTaking] = useState(false);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // Where focus goes once the view the learner asked for has rendered: the first choice, or the results.
  const focusNext = useRef<'form' | 'results' | undefined>(undefined);
  useEffect(() => {
    const target =
      focusNext.current === 'results'
        ? heading.current
        : focusNext.current === 'form'
          ? form.current?.querySelector('input')
          : null;
    if (target) {
      target.focus();
      focusNext.current = undefined;
    }
  });

  const hasDraft = Object.keys(draft).length > 0;
  const showForm = taking || (hydrated && hasDraft);
  const latest = attempts.at(-1);
  const { data: detail, failed } = useJson<InstrumentDetail>(detailUrl, showForm || latest !== undefined);

  const finish = (event: Event) => {
    event.preventDefault();
    // Read the store, not the last render: a fast keyboard user can submit before the latest choice re-renders.
    const current = progress.recordStore('draft', id).get();
    const ratings = current && !isUnreadable(current) ? current.ratings : {};
    if (!isComplete(ratings, dimensions)) {
      const left = dimensions.filter((d) => ratings[d.id] === undefined);
      setStatus(`Choose a description for every dimension first: ${left.length} still to do, starting with ${left[0]!.name}.`);
      document.getElementById(`${id}-${left[0]!.id}-0`)?.focus();
      return;
    }
    const saved = progress.completeAttempt(instrument, id, ratings, version);
    setTaking(false);
    setStatus(saved ? 'Your results are ready below.' : saveStatus(false, progress.$health.get()));
    focusNext.current = 'results';
  };

  const compared: Attempt | undefined =
    attempts.length > 1 ? (compareWith === 'first' ? attempts[0] : attempts.at(-2)) : undefined;
  const comparedLabel =
    compared && `your ${compareWith === 'first' ? 'first' : 'previous'} attempt (${formatTime(compared.completedAt)})`;

  return (
    <div class="self-assessment">
      <p class="visually-hidden" role="status">
        {status}
      </p>
      {showForm ? (
        <form onSubmit={finish} class="assessment-form" ref={form}>
          {!detail && !failed && <p>Loading the questions…</p>}
          {failed && <p class="notice">The questions could not be loaded. Check your connection, then reload the page.</p>}
          {detail &&
            dimensions.map((dimension, d) => {
              const described = detail.dimensions.find((q) => q.id === dimension.id);
              return (
                <fieldset class="dimension">
                  <legend>
                    {d + 1}. {dimension.name}
                  </legend>
                  {described && <p class="dimension-summary">{described.summary}</p>}
                  {described?.levels.map((description, level) => (
                    <label class="choice">
                      <input
                        type="radio"
                        id={`${id}-${dimension.id}-${level}`}
                        name={`${id}-${dimension.id}`}
                        checked={draft[dimension.id] === level + 1}
                        onChange={() => progress.rateDraft(id, dimension.id, level + 1)}
                      />
                      <span>
                        <strong>Level {level + 1}.</strong> {description}
                      </span>
                    </label>
                  ))}
                  <label class="evidence">
                    <span>What did you do that shows this? (optional, one line, kept with this attempt)</span>
                    <input
                      type="text"
                      name={`${id}-${dimension.id}-evidence`}
                      maxLength={MAX_EVIDENCE_LENGTH}
                      value={evidence[dimension.id] ?? ''}
                      onInput={(e) => progress.noteEvidence(id, dimension.id, e.currentTarget.value)}
                    />
                  </label>
                </fieldset>
              );
            })}
          {detail && (
            <p class="exercise-meta">
              {dimensions.filter((d) => draft[d.id] !== undefined).length} of {dimensions.length} rated. Your choices are saved as
              you go.
            </p>
          )}
          <button type="submit" class="primary" disabled={!detail}>
            See my results
          </button>
        </form>
      ) : (
        <div>
          {latest ? (
            <Results
              id={id}
              latest={latest}
              compared={compared}
              comparedLabel={comparedLabel}
              attemptCount={attempts.length}
              dimensions={dimensions}
              advice={detail}
              headingRef={heading}
            />
          ) : (
            <p>Take a few minutes: for each dimension, choose the description that best matches what you actually do today.</p>
          )}
          <button
            type="button"
            class={latest ? '' : 'primary'}
            onClick={() => {
              focusNext.current = 'form';
              setTaking(true);
            }}
          >
            {latest ? 'Take it again' : 'Start the self-assessment'}
          </button>
        </div>
      )}
    </div>
  );
}

interface ResultsProps {
  id: string;
  latest: Attempt;
  compared: Attempt | undefined;
  comparedLabel: string | undefined;
  attemptCount: number;
  dimensions: DimensionSummary[];
  advice: InstrumentDetail | undefined;
  headingRef: { current: HTMLHeadingElement | null };
}

function Results({ id, latest, compared, comparedLabel, attemptCount, dimensions, advice, headingRef }: ResultsProps) {
  const rows = compareAttempts(latest.ratings, compared?.ratings, dimensions);
  const { strongest, weakest } = strongestAndWeakest(latest.ratings, dimensions);
  const named = (ids: string[]) => dimensions.filter((d) => ids.includes(d.id));
  return (
    <div class="assessment-results">
      <h4 ref={headingRef} tabIndex={-1}>
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
      <div class="table-scroll">
        <table>
          <caption>Your level in each dimension, from 1 to 5</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              {compared && <th scope="col">Before</th>}
              <th scope="col">This attempt</th>
              {compared && <th scope="col">Change</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <th scope="row">{row.name}</th>
                {compared && <td>{row.previous ?? '—'}</td>}
                <td>{row.current}</td>
                {compared && <td>{describeChange(row.change)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {advice && (
        <details class="level-meanings">
          <summary>What you chose, in the words of the descriptions</summary>
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
        </details>
      )}
      {strongest.length > 0 ? (
        <>
          <p>
            <strong>Strongest:</strong>{' '}
            {named(strongest)
              .map((d) => d.name)
              .join(', ')}
            . <strong>Weakest:</strong>{' '}
            {named(weakest)
              .map((d) => d.name)
              .join(', ')}
            .
          </p>
          {advice && (
            <>
              <p>Lessons that build your weakest {weakest.length === 1 ? 'dimension' : 'dimensions'}:</p>
              <ul>
                {advice.dimensions
                  .filter((d) => weakest.includes(d.id))
                  .flatMap((d) => d.lessons)
                  .filter((l, i, all) => all.findIndex((o) => o.href === l.href) === i)
                  .map((l) => (
                    <li>
                      <a href={l.href}>{l.title}</a>
                    </li>
                  ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p>You rated every dimension at the same level, so no one area stands out. Pick the one you most want to grow.</p>
      )}
    </div>
  );
}
