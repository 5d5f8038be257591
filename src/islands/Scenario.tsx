import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isUnreadable, progress } from '../progress/index.ts';
import { optionOrder } from '../lib/option-order.ts';
import { useHydrated, useStored } from './hooks.ts';
import { useJson } from './use-json.ts';
import { saveStatus } from './save-status.ts';
import { scenarioVerdict, type ScenarioReasoning } from '../lib/scenario-reasoning.ts';

interface Option {
  id: string;
  label: string;
}

interface Props {
  id: string;
  lesson: string;
  question: string;
  /** The options' ids and labels, in the content's order; their reasoning comes from `reasoningUrl`. */
  options: Option[];
  reasoningUrl: string;
}

/**
 * A decision: choose an option, then read the reasoning behind every option. The choice is kept by the option's id.
 * Each learner sees the options in their own order, stable for them, so the recommended one sits nowhere in
 * particular.
 */
export default function Scenario({ id, lesson, question, options, reasoningUrl }: Props) {
  const hydrated = useHydrated();
  const stored = useStored(progress.recordStore('scenario', id), undefined);
  // Before hydration there is no learner id, so the server's order is the content's; it settles once, on hydration.
  const shown = useMemo(() => (hydrated ? optionOrder(progress.learnerId(), id, options) : options), [hydrated, id, options]);
  const answered = hydrated && stored && !isUnreadable(stored) ? options.find((o) => o.id === stored.option) : undefined;
  const { data: reasoning, failed } = useJson<ScenarioReasoning>(reasoningUrl, answered !== undefined);
  const [status, setStatus] = useState('');
  const feedback = useRef<HTMLDivElement>(null);
  const firstOption = useRef<HTMLInputElement>(null);
  // Where focus goes once the view the learner asked for has rendered.
  const focusNext = useRef<'feedback' | 'options' | undefined>(undefined);
  useEffect(() => {
    const target =
      focusNext.current === 'feedback' ? feedback.current : focusNext.current === 'options' ? firstOption.current : null;
    if (target) {
      target.focus();
      focusNext.current = undefined;
    }
  });
  // Set when the learner submits a choice: its verdict is announced once the reasoning has arrived.
  const announceVerdict = useRef(false);
  // Hydration puts the options in this learner's order, and moving a focused option drops its focus: a keyboard user
  // who reached one before then keeps their place.
  const focusedOption = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (!hydrated) {
      focusedOption.current = focused instanceof HTMLInputElement && focused.name === `${id}-choice` ? focused.value : undefined;
    } else if (focusedOption.current !== undefined && focused === document.body) {
      document.querySelector<HTMLInputElement>(`input[name="${id}-choice"][value="${focusedOption.current}"]`)?.focus();
    }
  }, [hydrated, id]);

  const submit = (event: Event) => {
    event.preventDefault();
    // Read the form, not component state: a choice made by keyboard before the island hydrated is in the form only.
    const choice = new FormData(event.currentTarget as HTMLFormElement).get(`${id}-choice`);
    const option = options.find((o) => o.id === choice);
    if (!option) {
      setStatus('Choose one of the options first.');
      return;
    }
    const saved = progress.chooseScenario(id, lesson, option.id);
    setStatus(`${saved ? '' : `${saveStatus(false, progress.$health.get())} `}You chose: ${option.label}`);
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
    if (!reasoning || !answered || !announceVerdict.current) return;
    announceVerdict.current = false;
    setStatus(
      `You chose: ${answered.label}. ${scenarioVerdict(answered.id, options, reasoning)} ${reasoning.options[answered.id]?.rationale ?? ''}`,
    );
  }, [reasoning, answered, options]);

  const chosenRecommended = answered && reasoning?.options[answered.id]?.recommended;
  const twoRecommended = reasoning && Object.values(reasoning.options).filter((o) => o.recommended).length > 1;
  return (
    <div class="scenario">
      {/* One live region that outlives the switch between form and feedback, so the outcome is always announced. */}
      <p class="visually-hidden" role="status">
        {status}
      </p>
      {answered ? (
        <div class="scenario-feedback" ref={feedback} tabIndex={-1} aria-labelledby={`${id}-feedback-title`}>
          <h4 id={`${id}-feedback-title`}>
            {!reasoning
              ? 'Your choice'
              : chosenRecommended
                ? twoRecommended
                  ? 'You chose one of the two moves the course recommends'
                  : 'You chose the recommended option'
                : 'You chose a different option from the one the course recommends'}
          </h4>
          {failed && <p class="notice">The reasoning could not be loaded. Check your connection, then reload the page.</p>}
          <ol class="scenario-options">
            {shown.map((option) => {
              const why = reasoning?.options[option.id];
              return (
                <li
                  key={option.id}
                  class={[option === answered && 'chosen', why?.recommended && 'recommended'].filter(Boolean).join(' ')}
                >
                  <p>
                    <strong>{option.label}</strong>
                    {option === answered && <span class="tag">Your choice</span>}
                    {why?.recommended && <span class="tag recommended-tag">Recommended</span>}
                  </p>
                  {why?.bestIf && <p class="best-if">{why.bestIf}</p>}
                  {why && <p>{why.rationale}</p>}
                </li>
              );
            })}
          </ol>
          {reasoning?.tipsTheChoice && (
            <p>
              <strong>What tips the choice:</strong> {reasoning.tipsTheChoice}
            </p>
          )}
          <button type="button" onClick={tryAgain}>
            Try again
          </button>
        </div>
      ) : (
        // method="dialog": before the island hydrates, submitting does nothing rather than reload the page.
        <form class="scenario-form" method="dialog" onSubmit={submit}>
          <fieldset>
            <legend>{question}</legend>
            {shown.map((option, index) => (
              <label class="choice" key={option.id}>
                <input type="radio" name={`${id}-choice`} value={option.id} ref={index === 0 ? firstOption : null} />
                <span>{option.label}</span>
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
