import { useEffect, useRef, useState } from 'preact/hooks';
import { isUnreadable, progress } from '../progress/index.ts';
import { useHydrated, useStored } from './hooks.ts';
import { useJson } from './use-json.ts';
import { saveStatus } from './save-status.ts';

/** The reasoning behind each option, in option order, fetched once the learner has chosen. */
interface Reasoning {
  options: { rationale: string; recommended: boolean }[];
}

interface Props {
  id: string;
  lesson: string;
  question: string;
  /** The options' labels; their reasoning comes from `reasoningUrl`. */
  options: string[];
  reasoningUrl: string;
}

/** A decision: choose an option, then read the reasoning behind every option. The choice is kept. */
export default function Scenario({ id, lesson, question, options, reasoningUrl }: Props) {
  const hydrated = useHydrated();
  const stored = useStored(progress.recordStore('scenario', id), undefined);
  const answered = hydrated && stored && !isUnreadable(stored) && stored.choice < options.length ? stored.choice : undefined;
  const { data: reasoning, failed } = useJson<Reasoning>(reasoningUrl, answered !== undefined);
  const [status, setStatus] = useState('');
  const feedback = useRef<HTMLDivElement>(null);
  const firstOption = useRef<HTMLInputElement>(null);
  // Where focus goes once the view the learner asked for has rendered.
  const focusNext = useRef<'feedback' | 'options' | undefined>(undefined);
  // Set when the learner submits a choice: its verdict is announced once the reasoning has arrived.
  const announceVerdict = useRef(false);
  useEffect(() => {
    const target =
      focusNext.current === 'feedback' ? feedback.current : focusNext.current === 'options' ? firstOption.current : null;
    if (target) {
      target.focus();
      focusNext.current = undefined;
    }
  });

  const submit = (event: Event) => {
    event.preventDefault();
    // Read the form, not component state: a choice made by keyboard before the island hydrated is in the form only.
    const choice = new FormData(event.currentTarget as HTMLFormElement).get(`${id}-choice`);
    const selected = choice === null ? undefined : Number(choice);
    if (selected === undefined || !(selected in options)) {
      setStatus('Choose one of the options first.');
      return;
    }
    const saved = progress.chooseScenario(id, lesson, selected);
    setStatus(`${saved ? '' : `${saveStatus(false, progress.$health.get())} `}You chose: ${options[selected]}`);
    focusNext.current = 'feedback';
    announceVerdict.current = true;
  };
  const tryAgain = () => {
    progress.clearScenario(id);
    setStatus('');
    focusNext.current = 'options';
  };

  // Once the reasoning has arrived, announce the verdict and the reasoning for the choice.
  useEffect(() => {
    if (!reasoning || answered === undefined || !announceVerdict.current) return;
    announceVerdict.current = false;
    const mine = reasoning.options[answered];
    const best = reasoning.options.findIndex((o) => o.recommended);
    const verdict = mine?.recommended ? 'This is the option the course recommends.' : `The course recommends: ${options[best]}.`;
    setStatus(`You chose: ${options[answered]}. ${verdict} ${mine?.rationale ?? ''}`);
  }, [reasoning, answered, options]);

  const chosen = answered === undefined ? undefined : options[answered];
  const chosenRecommended = answered !== undefined && reasoning?.options[answered]?.recommended;
  return (
    <div class="scenario">
      {/* One live region that outlives the switch between form and feedback, so the outcome is always announced. */}
      <p class="visually-hidden" role="status">
        {status}
      </p>
      {chosen ? (
        <div class="scenario-feedback" ref={feedback} tabIndex={-1} aria-labelledby={`${id}-feedback-title`}>
          <h4 id={`${id}-feedback-title`}>
            {!reasoning
              ? 'Your choice'
              : chosenRecommended
                ? 'You chose the recommended option'
                : 'You chose a different option from the one the course recommends'}
          </h4>
          {failed && <p class="notice">The reasoning could not be loaded. Check your connection, then reload the page.</p>}
          <ol class="scenario-options">
            {options.map((label, index) => {
              const why = reasoning?.options[index];
              return (
                <li class={[index === answered && 'chosen', why?.recommended && 'recommended'].filter(Boolean).join(' ')}>
                  <p>
                    <strong>{label}</strong>
                    {index === answered && <span class="tag">Your choice</span>}
                    {why?.recommended && <span class="tag recommended-tag">Recommended</span>}
                  </p>
                  {why && <p>{why.rationale}</p>}
                </li>
              );
            })}
          </ol>
          <button type="button" onClick={tryAgain}>
            Try again
          </button>
        </div>
      ) : (
        // method="dialog": before the island hydrates, submitting does nothing rather than reload the page.
        <form class="scenario-form" method="dialog" onSubmit={submit}>
          <fieldset>
            <legend>{question}</legend>
            {options.map((label, index) => (
              <label class="choice">
                <input type="radio" name={`${id}-choice`} value={index} ref={index === 0 ? firstOption : null} />
                <span>{label}</span>
              </label>
            ))}
          </fieldset>
          <button type="submit" class="primary">
            Check my choice
          </button>
        </form>
      )}
    </div>
  );
}
