import { MAX_EVIDENCE_LENGTH, progress } from '../progress/index.ts';
import { stepLabel } from '../lib/assessment-steps.ts';
import type { Ratings } from '../lib/assessment-results.ts';
import type { DimensionSummary, InstrumentDetail } from './assessment-detail.ts';

interface Props {
  id: string;
  dimensions: DimensionSummary[];
  detail: InstrumentDetail | undefined;
  failed: boolean;
  ratings: Ratings;
  evidence: Record<string, string>;
  /** The dimension on show, or the review step after the last one. */
  step: number;
  /** Set when the learner pressed Next without choosing. */
  missing: boolean;
  goTo: (step: number) => void;
  /** Next on a dimension, or See my results on the review. */
  onSubmit: (event: Event) => void;
}

/** A self-assessment one dimension at a time: progress, the steps, one dimension's choices, then a review. */
export default function AssessmentSteps(props: Props) {
  const { id, dimensions, failed, ratings, step, goTo, onSubmit } = props;
  const count = dimensions.length;
  const label = stepLabel(step, ratings, dimensions);
  return (
    <form onSubmit={onSubmit} class="assessment-form" noValidate>
      <div class="assessment-progress">
        <p id={`${id}-step`} class="step-label">
          {label}
        </p>
        <progress max={count} value={Math.min(step + 1, count)} aria-labelledby={`${id}-step`} />
        <ol class="assessment-steps" aria-label="Steps">
          {dimensions.map((d, i) => (
            <li>
              <button
                type="button"
                class={ratings[d.id] === undefined ? '' : 'rated'}
                aria-current={i === step ? 'step' : undefined}
                onClick={() => goTo(i)}
              >
                {i + 1}
                <span class="visually-hidden">
                  {' '}
                  {d.name}, {ratings[d.id] === undefined ? 'not rated yet' : `level ${ratings[d.id]}`}
                </span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" aria-current={step === count ? 'step' : undefined} onClick={() => goTo(count)}>
              Review
            </button>
          </li>
        </ol>
      </div>
      {/* Keyed, so each step gets radios of its own: reused ones would carry a checked state into another group. */}
      {step < count ? <Dimension key={dimensions[step]!.id} {...props} dimension={dimensions[step]!} /> : <Review {...props} />}
      {failed && <p class="notice">The descriptions could not be loaded. Check your connection, then reload the page.</p>}
      <div class="assessment-nav">
        {step > 0 && (
          <button type="button" onClick={() => goTo(step - 1)}>
            Back
          </button>
        )}
        <button type="submit" class="primary">
          {step < count ? 'Next' : 'See my results'}
        </button>
      </div>
      <p class="exercise-meta">Your choices are saved as you go: you can stop and come back to this step.</p>
    </form>
  );
}

function Dimension({ id, dimension, detail, failed, ratings, evidence, missing }: Props & { dimension: DimensionSummary }) {
  const described = detail?.dimensions.find((q) => q.id === dimension.id);
  const hint = `${id}-${dimension.id}-missing`;
  return (
    <fieldset class="dimension" aria-describedby={missing ? hint : undefined}>
      <legend>
        <h4 class="assessment-step-heading" tabIndex={-1}>
          {dimension.name}
        </h4>
      </legend>
      {described && <p class="dimension-summary">{described.summary}</p>}
      {!detail && !failed && <p>Loading the descriptions…</p>}
      {missing && (
        <p class="notice" id={hint}>
          Choose the description that best matches what you do in {dimension.name}, then press Next.
        </p>
      )}
      {described?.levels.map((description, level) => (
        <label class="choice">
          <input
            type="radio"
            id={`${id}-${dimension.id}-${level}`}
            name={`${id}-${dimension.id}`}
            checked={ratings[dimension.id] === level + 1}
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
}

function Review({ dimensions, detail, ratings, evidence, goTo }: Props) {
  return (
    <div class="assessment-review">
      <h4 class="assessment-step-heading" tabIndex={-1}>
        Check your choices
      </h4>
      <dl>
        {dimensions.map((d, i) => {
          const level = ratings[d.id];
          const text = level && detail?.dimensions.find((q) => q.id === d.id)?.levels[level - 1];
          return (
            <div>
              <dt>{d.name}</dt>
              <dd>
                {level ? (
                  <>
                    <strong>Level {level}.</strong> {text}
                  </>
                ) : (
                  'Not rated yet.'
                )}
              </dd>
              {evidence[d.id] && (
                <dd>
                  Your evidence: <span class="learner-text">{evidence[d.id]}</span>
                </dd>
              )}
              <dd>
                <button type="button" class="small" onClick={() => goTo(i)}>
                  Change<span class="visually-hidden"> {d.name}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
