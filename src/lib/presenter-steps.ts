import type { SessionView } from './session-view.ts';

/**
 * What the presenter screen shows of one agenda step: only what the whole room may see. Each field is copied by name,
 * so nothing new in a session's view (the facilitator's notes, a scenario's recommended option, a role's private
 * brief) reaches the screen, or the page's HTML, unless it is added here on purpose.
 */
export interface PresenterStep {
  title: string;
  minutes: number;
  /** Minutes from the session's start. */
  startsAt: number;
  prompt?: string;
  /** The options' labels only: the room votes before anyone says which is recommended. */
  scenario?: { situation: string; question: string; options: string[] };
  reflection?: { prompt: string };
  /** The situation and the roles' names, never their briefs. */
  case?: { title: string; situation: string; roles: string[] };
}

export interface PresenterSession {
  title: string;
  minutes: number;
  steps: PresenterStep[];
}

export function presenterSession(session: SessionView): PresenterSession {
  const cases = new Map(session.cases.map((card) => [card.id, card]));
  return {
    title: session.title,
    minutes: session.minutes,
    steps: session.agenda.map((step): PresenterStep => {
      const shown: PresenterStep = { title: step.title, minutes: step.minutes, startsAt: step.startsAt };
      if (step.prompt) shown.prompt = step.prompt;
      if (step.scenario) {
        const { situation, question, options } = step.scenario;
        shown.scenario = { situation, question, options: options.map((option) => option.label) };
      }
      if (step.reflection) shown.reflection = { prompt: step.reflection.prompt };
      if (step.case) {
        const card = cases.get(step.case.id);
        if (!card) throw new Error(`The session "${session.id}" uses the case "${step.case.id}" but does not list it`);
        shown.case = { title: card.title, situation: card.situation, roles: card.roles.map((part) => part.role) };
      }
      return shown;
    }),
  };
}
