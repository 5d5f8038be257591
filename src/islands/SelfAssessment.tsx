import { useEffect, useRef, useState } from 'preact/hooks';
import { isUnreadable, progress, type Attempt } from '../progress/index.ts';
import { isComplete } from '../lib/assessment-results.ts';
import { resumeStep, stepLabel } from '../lib/assessment-steps.ts';
import { useHydrated, useStored } from './hooks.ts';
import { useJson } from './use-json.ts';
import { formatTime, saveStatus } from './save-status.ts';
import type { DimensionSummary, InstrumentDetail } from './assessment-detail.ts';
import { useLazy } from './use-lazy.ts';

interface Props {
  id: string;
  instrument: string;
  /** The lesson the exercise is in: results never suggest it. */
  lesson: string;
  /** The instrument's level descriptions and advice, fetched only when needed, to keep the lesson page light. */
  detailUrl: string;
  dimensions: DimensionSummary[];
  /** The version of the instrument's level texts, recorded with each attempt. */
  version: number;
  /** Compare the latest attempt with the one before it, or with the first (the baseline). */
  compareWith: 'previous' | 'first';
}

const NONE: ReadonlySet<string> = new Set();
const loadSteps = () => import('./AssessmentSteps.tsx');
const loadResults = () => import('./AssessmentResults.tsx');
const HEADING = '.assessment-step-heading';

/**
 * A self-assessment: one dimension at a time, a description chosen for each, then a review, and then a chart, a
 * table and advice. Choices are saved as they are made, and a reload returns to the first dimension not yet rated.
 */
export default function SelfAssessment({ id, instrument, lesson, detailUrl, dimensions, version, compareWith }: Props) {
  const hydrated = useHydrated();
  const storedAttempts = useStored(progress.recordStore('attempts', instrument), undefined);
  const storedDraft = useStored(progress.recordStore('draft', id), undefined);
  const completed = useStored(progress.$completed, NONE);
  const attempts = hydrated && storedAttempts && !isUnreadable(storedAttempts) ? storedAttempts.attempts : [];
  const draft = hydrated && storedDraft && !isUnreadable(storedDraft) ? storedDraft : undefined;
  const ratings = draft?.ratings ?? {};
  const [taking, setTaking] = useState(false);
  const [chosenStep, setStep] = useState<number | undefined>();
  const [missing, setMissing] = useState(false);
  const [status, setStatus] = useState('');
  const root = useRef<HTMLDivElement>(null);
  // What gets focus once the view the learner asked for has rendered: the first of these selectors that matches.
  // Kept as state, so the focus waits for the render that shows the new step, not one the store caused before it.
  const [focus, setFocus] = useState<string[] | undefined>();

  const showForm = taking || draft !== undefined;
  // Until the learner moves, the step is the first dimension not yet rated: where a reload left off.
  const step = chosenStep ?? resumeStep(ratings, dimensions);
  useEffect(() => {
    if (showForm && chosenStep === undefined) setStep(step);
  }, [showForm, chosenStep, step]);
  const latest = attempts.at(-1);
  const { data: detail, failed } = useJson<InstrumentDetail>(detailUrl, showForm || latest !== undefined);
  // The steps' code and the results' load only when needed, as the descriptions do.
  const steps = useLazy(loadSteps, showForm);
  const results = useLazy(loadResults, !showForm && latest !== undefined);
  const AssessmentSteps = steps.value;
  const AssessmentResults = results.value;
  // A view that loads late takes the focus asked for when it arrives.
  useEffect(() => {
    const target = focus?.map((selector) => root.current?.querySelector<HTMLElement>(selector)).find(Boolean);
    target?.focus();
  }, [focus, AssessmentSteps, AssessmentResults]);

  // Read the store, not the last render: a fast keyboard user can move on before the latest choice re-renders.
  const currentRatings = () => {
    const current = progress.recordStore('draft', id).get();
    return current && !isUnreadable(current) ? current.ratings : {};
  };

  const goTo = (next: number) => {
    setStep(next);
    setMissing(false);
    const name = dimensions[next]?.name;
    setStatus(`${stepLabel(next, currentRatings(), dimensions)}${name ? `: ${name}` : ''}.`);
    setFocus([HEADING]);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const current = currentRatings();
    if (step < dimensions.length) {
      const dimension = dimensions[step]!;
      if (current[dimension.id] !== undefined) return goTo(step + 1);
      setMissing(true);
      setStatus(`Choose a description for ${dimension.name} before going on.`);
      setFocus(['input[type="radio"]', HEADING]);
      return;
    }
    if (!isComplete(current, dimensions)) {
      const left = dimensions.filter((d) => current[d.id] === undefined);
      goTo(dimensions.indexOf(left[0]!));
      setMissing(true);
      setStatus(`Choose a description for every dimension first: ${left.length} still to do, starting with ${left[0]!.name}.`);
      return;
    }
    const saved = progress.completeAttempt(instrument, id, current, version);
    setTaking(false);
    setStep(undefined);
    setStatus(saved ? 'Your results are ready below.' : saveStatus(false, progress.$health.get()));
    setFocus(['.assessment-results h4']);
  };

  const compared: Attempt | undefined =
    attempts.length > 1 ? (compareWith === 'first' ? attempts[0] : attempts.at(-2)) : undefined;
  const comparedLabel =
    compared && `your ${compareWith === 'first' ? 'first' : 'previous'} attempt (${formatTime(compared.completedAt)})`;

  return (
    <div class="self-assessment" ref={root}>
      <p class="visually-hidden" role="status">
        {status}
      </p>
      {showForm ? (
        !AssessmentSteps ? (
          <Loading failed={steps.failed} />
        ) : (
          <AssessmentSteps
            id={id}
            dimensions={dimensions}
            detail={detail}
            failed={failed}
            ratings={ratings}
            evidence={draft?.evidence ?? {}}
            step={step}
            missing={missing}
            goTo={goTo}
            onSubmit={submit}
          />
        )
      ) : (
        <div class="assessment-start assessment-progress">
          {latest && !AssessmentResults ? (
            <Loading failed={results.failed} />
          ) : latest && AssessmentResults ? (
            <AssessmentResults
              id={id}
              latest={latest}
              compared={compared}
              comparedLabel={comparedLabel}
              attemptCount={attempts.length}
              dimensions={dimensions}
              advice={detail}
              lesson={lesson}
              completed={completed}
            />
          ) : (
            <>
              <p id={`${id}-outline`} class="step-label">
                {dimensions.length} dimensions, one at a time
              </p>
              <progress max={dimensions.length} value={0} aria-labelledby={`${id}-outline`} />
              <ol class="assessment-outline">
                {dimensions.map((d) => (
                  <li>{d.name}</li>
                ))}
              </ol>
              <p>
                Take a few minutes: for each dimension, choose the description that best matches what you actually do today. Your
                choices are saved as you go, so you can stop and come back.
              </p>
            </>
          )}
          {/*
           * Two buttons, not one relabelled, and none while the results load: a button the arriving results push down
           * is a layout shift.
           */}
          {(!latest || AssessmentResults) && (
            <button
              key={latest ? 'again' : 'start'}
              type="button"
              class={latest ? '' : 'primary'}
              onClick={() => {
                setTaking(true);
                setStep(0);
                setFocus([HEADING]);
              }}
            >
              {latest ? 'Take it again' : 'Start the self-assessment'}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function Loading({ failed }: { failed: boolean }) {
  return failed ? (
    <p class="notice">This part of the exercise could not be loaded. Check your connection, then reload the page.</p>
  ) : (
    <p>Loading…</p>
  );
}
