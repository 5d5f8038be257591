import { useEffect, useRef, useState } from 'preact/hooks';
import { progress } from '../progress/index.ts';
import { isUnreadable } from '../progress/records.ts';
import { useHydrated, useStored } from './hooks.ts';
import { saveStatus } from './save-status.ts';

interface Option {
  label: string;
  rationale: string;
  recommended: boolean;
}

interface Props {
  id: string;
  lesson: string;
  question: string;
  options: Option[];
}

/** A decision: choose an option, then read the reasoning behind every option. The choice is kept. */
export default function Scenario({ id, lesson, question, options }: Props) {
  const hydrated = useHydrated();
  const stored = useStored(progress.recordStore('scenario', id), undefined);
  const answered = hydrated && stored && !isUnreadable(stored) && stored.choice < options.length ? stored.choice : undefined;
  const [selected, setSelected] = useState<number | undefined>();
  const [status, setStatus] = useState('');
  const feedback = useRef<HTMLDivElement>(null);
  const firstOption = useRef<HTMLInputElement>(null);
  // Where focus goes once the view the learner asked for has rendered.
  const focusNext = useRef<'feedback' | 'options' | undefined>(undefined);
  useEffect(() => {
    const target = focusNext.current === 'feedback' ? feedback.current : focusNext.current === 'options' ? firstOption.current : null;
    if (target) {
      target.focus();
      focusNext.current = undefined;
    }
  });

  const submit = (event: Event) => {
    event.preventDefault();
    if (selected === undefined) {
      setStatus('Choose one of the options first.');
      return;
    }
    const saved = progress.chooseScenario(id, lesson, selected);
    const chosen = options[selected]!;
    const verdict = chosen.recommended ? 'This is the option the course recommends.' : `The course recommends: ${options.find((o) => o.recommended)?.label}`;
    setStatus(`${saved ? '' : `${saveStatus(false, progress.$health.get())} `}You chose: ${chosen.label} ${verdict} ${chosen.rationale}`);
    focusNext.current = 'feedback';
  };
  const tryAgain = () => {
    progress.clearScenario(id);
    setSelected(undefined);
    setStatus('');
    focusNext.current = 'options';
  };

  const chosen = answered === undefined ? undefined : options[answered];
  return (
    <div class="scenario">
      {/* One live region that outlives the switch between form and feedback, so the outcome is always announced. */}
      <p class="visually-hidden" role="status">
        {status}
      </p>
      {chosen ? (
        <div class="scenario-feedback" ref={feedback} tabIndex={-1} aria-labelledby={`${id}-feedback-title`}>
          <h4 id={`${id}-feedback-title`}>
            {chosen.recommended ? 'You chose the recommended option' : 'You chose a different option from the one the course recommends'}
          </h4>
          <ol class="scenario-options">
            {options.map((option, index) => (
              <li class={[index === answered && 'chosen', option.recommended && 'recommended'].filter(Boolean).join(' ')}>
                <p>
                  <strong>{option.label}</strong>
                  {index === answered && <span class="tag">Your choice</span>}
                  {option.recommended && <span class="tag recommended-tag">Recommended</span>}
                </p>
                <p>{option.rationale}</p>
              </li>
            ))}
          </ol>
          <button type="button" onClick={tryAgain}>
            Try again
          </button>
        </div>
      ) : (
        <form class="scenario-form" onSubmit={submit}>
          <fieldset disabled={!hydrated}>
            <legend>{question}</legend>
            {options.map((option, index) => (
              <label class="choice">
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={index}
                  ref={index === 0 ? firstOption : null}
                  checked={selected === index}
                  onChange={() => setSelected(index)}
                />
                <span>{option.label}</span>
              </label>
            ))}
          </fieldset>
          <button type="submit" class="primary" disabled={!hydrated}>
            Check my choice
          </button>
        </form>
      )}
    </div>
  );
}
