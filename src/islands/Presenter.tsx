import { useCallback, useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { formatClock, isRunning, remaining } from '../lib/countdown.ts';
import { countOf } from '../lib/format.ts';
import { PRESENTER_KEYS, presenterAction, type PresenterAction } from '../lib/presenter-keys.ts';
import { presenterStart, presenterUpdate, type PresenterChange, type PresenterState } from '../lib/presenter-state.ts';
import type { PresenterSession, PresenterStep } from '../lib/presenter-steps.ts';
import { toggleFullScreen } from './full-screen.ts';
import { useWakeLock } from './use-wake-lock.ts';

interface Props {
  session: PresenterSession;
  /** The session's run sheet, for the facilitator to go back to. */
  runSheetHref: string;
}

/** How often a running clock is redrawn. What it shows is worked out from the time, so this is only smoothness. */
const REDRAW_MS = 250;

const minutes = (n: number) => countOf(n, 'minute');

/** Keys are the page's own unless focus is where typing happens, or a dialog (the key list, search) is open. */
function keyIsOurs(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || document.querySelector('dialog[open]')) return false;
  const target = event.target instanceof Element ? event.target : null;
  return !target?.closest('input, textarea, select, [contenteditable]');
}

interface Parts {
  root: HTMLElement | null;
  keyList: HTMLDialogElement | null;
  change: (change: PresenterChange) => void;
  say: (text: string) => void;
}

/** Does what a key or its button stands for. */
function perform(action: PresenterAction, { root, keyList, change, say }: Parts) {
  if (action === 'keys') keyList?.showModal();
  else if (action === 'full-screen') {
    void toggleFullScreen(root).then((done) => {
      if (!done) say('Full screen is not available in this browser.');
    });
  } else change(action);
}

/**
 * The presenter screen for a workshop session: one agenda step at a time in large type, with its countdown, for a
 * projector or a shared screen. Everything works by keyboard and by buttons. It shows only what the room may see
 * (lib/presenter-steps.ts) and never reads the course progress stored in this browser.
 */
export default function Presenter({ session, runSheetHref }: Props) {
  const { steps } = session;
  const [state, dispatch] = useReducer(
    (current: PresenterState, { change, now }: { change: PresenterChange; now: number }) => presenterUpdate(current, change, now),
    steps,
    (all) => presenterStart(all.map((step) => step.minutes)),
  );
  const [now, setNow] = useState(() => Date.now());
  const [ready, setReady] = useState(false);
  const [fullScreen, setFullScreen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const root = useRef<HTMLElement>(null);
  const keyList = useRef<HTMLDialogElement>(null);

  const step = steps[state.step]!;
  const timer = state.timers[state.step]!;
  const running = isRunning(timer);
  const left = remaining(timer, now);
  const up = left === 0;
  const next = steps[state.step + 1];

  const change = useCallback((what: PresenterChange) => {
    const at = Date.now();
    setNow(at);
    dispatch({ change: what, now: at });
  }, []);
  const act = (action: PresenterAction) =>
    perform(action, { root: root.current, keyList: keyList.current, change, say: setAnnouncement });

  // The keys, once, for the whole page: the handler only dispatches, so it never holds on to an old state.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!keyIsOurs(event)) return;
      // Browsers leave full screen on Escape themselves; this makes sure of it wherever the key reaches the page.
      if (event.key === 'Escape' && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      const action = presenterAction(event);
      // Space on a focused button or link presses it, as everywhere else.
      if (!action || (action === 'start-pause' && event.target instanceof Element && event.target.closest('button, a'))) return;
      event.preventDefault();
      perform(action, { root: root.current, keyList: keyList.current, change, say: setAnnouncement });
    };
    const onFullScreen = () => setFullScreen(document.fullscreenElement === root.current);
    // A hidden tab's timers are slowed or stopped: on coming back, the clock is redrawn from the time at once.
    const onVisible = () => {
      if (document.visibilityState === 'visible') setNow(Date.now());
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullScreen);
    document.addEventListener('visibilitychange', onVisible);
    setReady(true);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullScreen);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [change]);

  useEffect(() => {
    if (!running) return;
    const redraw = setInterval(() => setNow(Date.now()), REDRAW_MS);
    return () => clearInterval(redraw);
  }, [running]);

  useWakeLock(running);

  // Announce a new step, politely; not the first one, which the page's heading already says.
  const shownStep = useRef(state.step);
  useEffect(() => {
    if (shownStep.current === state.step) return;
    shownStep.current = state.step;
    const to = steps[state.step]!;
    setAnnouncement(`Step ${state.step + 1} of ${steps.length}: ${to.title}, ${minutes(to.minutes)}.`);
  }, [state.step, steps]);

  // Time's up is announced once per step (again only after that step's timer is reset or given more time).
  const announcedUp = useRef(new Set<number>());
  useEffect(() => {
    if (!up) announcedUp.current.delete(state.step);
    else if (!announcedUp.current.has(state.step)) {
      announcedUp.current.add(state.step);
      setAnnouncement(`Time’s up for ${steps[state.step]!.title}.`);
    }
  }, [up, state.step, steps]);

  const timerState = up ? 'up' : running ? 'running' : 'paused';
  return (
    <section class="presenter" ref={root} aria-labelledby="presenter-step-title" data-ready={ready ? '' : undefined}>
      <header class="presenter-bar">
        <h1 class="presenter-session">{session.title}</h1>
        <p class="presenter-position">
          <span id="presenter-position">
            Step {state.step + 1} of {steps.length}
          </span>
          <progress max={steps.length} value={state.step + 1} aria-labelledby="presenter-position" />
        </p>
        <a class="presenter-back" href={runSheetHref}>
          Run sheet
        </a>
      </header>

      <div class="presenter-step" data-kind={step.case ? 'case' : step.scenario ? 'scenario' : 'prompt'}>
        <h2 id="presenter-step-title">{step.title}</h2>
        <p class="presenter-minutes">
          {minutes(step.minutes)}
          <span class="presenter-plan">
            {' '}
            · planned from minute {step.startsAt} to {step.startsAt + step.minutes} of {session.minutes}
          </span>
        </p>
        <StepContent step={step} />
      </div>

      <div class="presenter-rail">
        <div class="presenter-timer" data-state={timerState}>
          <p class="presenter-clock" role="timer" aria-labelledby="presenter-timer-state">
            {formatClock(left)}
          </p>
          <p class="presenter-timer-state" id="presenter-timer-state">
            {up ? 'Time’s up' : running ? 'Time left' : 'Paused: time left'}
          </p>
        </div>
        <div class="presenter-controls" role="group" aria-label="Timer">
          <button type="button" class="primary large" aria-keyshortcuts="Space" onClick={() => act('start-pause')}>
            {running ? 'Pause' : 'Start'}
          </button>
          <button type="button" aria-keyshortcuts="R" onClick={() => act('reset')}>
            Reset
          </button>
          <button type="button" aria-keyshortcuts="+" onClick={() => act('add-minute')}>
            +1 min
          </button>
        </div>
        {/* aria-disabled rather than disabled at either end, so focus stays on the button that was pressed. */}
        <nav class="presenter-controls" aria-label="Steps">
          <button
            type="button"
            aria-keyshortcuts="ArrowLeft PageUp"
            aria-disabled={state.step === 0}
            onClick={() => act('previous')}
          >
            Previous
          </button>
          <button type="button" aria-keyshortcuts="ArrowRight PageDown" aria-disabled={!next} onClick={() => act('next')}>
            Next
          </button>
        </nav>
        <p class="presenter-next">
          {next ? (
            <>
              <span class="eyebrow">Next</span> {next.title}, {minutes(next.minutes)}
            </>
          ) : (
            <span class="eyebrow">Last step</span>
          )}
        </p>
        <div class="presenter-controls">
          <button type="button" class="quiet" aria-keyshortcuts="F" aria-pressed={fullScreen} onClick={() => act('full-screen')}>
            Full screen
          </button>
          <button type="button" class="quiet" aria-keyshortcuts="?" onClick={() => act('keys')}>
            Keys <kbd aria-hidden="true">?</kbd>
          </button>
        </div>
      </div>

      <p class="visually-hidden" role="status">
        {announcement}
      </p>

      <dialog ref={keyList} class="presenter-keys" aria-labelledby="presenter-keys-title">
        <h2 id="presenter-keys-title">Keys</h2>
        <dl>
          {PRESENTER_KEYS.map(({ names, does }) => (
            <div key={names}>
              <dt>{names}</dt>
              <dd>{does}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog">
          {/* In a <dialog>, autofocus is how the platform picks the first focus. */}
          {/* eslint-disable-next-line jsx-a11y-x/no-autofocus */}
          <button class="primary" autoFocus>
            Close
          </button>
        </form>
      </dialog>
    </section>
  );
}

/** What the room works on: a prompt, a lesson's scenario without its answer, a reflection, or a case without briefs. */
function StepContent({ step }: { step: PresenterStep }) {
  return (
    <>
      {step.prompt && <p class="presenter-prompt">{step.prompt}</p>}
      {step.scenario && (
        <>
          <p>{step.scenario.situation}</p>
          <p class="presenter-question">{step.scenario.question}</p>
          <ol class="presenter-options">
            {step.scenario.options.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ol>
        </>
      )}
      {step.reflection && <p class="presenter-prompt">{step.reflection.prompt}</p>}
      {step.case && (
        <>
          <h3>{step.case.title}</h3>
          <p>{step.case.situation}</p>
          <p class="presenter-roles">
            <span class="eyebrow">Roles</span> {step.case.roles.join(' · ')}
          </p>
        </>
      )}
    </>
  );
}
