import { describe, expect, it } from 'vitest';
import { presenterSession } from '../../src/lib/presenter-steps.ts';
import type { SessionView } from '../../src/lib/session-view.ts';

const lesson = { id: 'first-lesson', title: 'First lesson', href: '/foundations/first-lesson/' };
const NOTES = 'Ask for a show of hands per option before anyone explains.';
const BRIEF = 'You need the cut this quarter, and you do not know which spend is safe to cut.';

const SESSION: SessionView = {
  id: 'foundations',
  title: 'Foundations in practice',
  label: 'Session 2 · Module 1: Foundations',
  order: 1,
  kind: 'module',
  module: { id: 'foundations', title: 'Foundations', href: '/foundations/' },
  minutes: 60,
  goal: 'Practise.',
  prework: [{ ...lesson, minutes: 12 }],
  materials: ['Cards'],
  agenda: [
    { title: 'Check-in', minutes: 10, startsAt: 0, prompt: 'What did you try?', notes: NOTES },
    {
      title: 'The new lead',
      minutes: 20,
      startsAt: 10,
      notes: NOTES,
      scenario: {
        id: 'first-lesson-new-lead',
        title: 'A new tech lead',
        situation: 'You lead a small team.',
        question: 'What do you do?',
        options: [
          { id: 'do-it', label: 'Do it yourself.', recommended: false },
          { id: 'help', label: 'Help the owner.', recommended: true },
        ],
        lesson,
      },
    },
    {
      title: 'Role-play',
      minutes: 20,
      startsAt: 30,
      case: { id: 'budget-conversation', title: 'The budget conversation', format: 'role-play' },
    },
    {
      title: 'Commitments round',
      minutes: 10,
      startsAt: 50,
      reflection: { id: 'first-lesson-week', prompt: 'Where did your hours go?', lesson },
      notes: NOTES,
    },
  ],
  cases: [
    {
      id: 'budget-conversation',
      title: 'The budget conversation',
      format: 'role-play',
      situation: 'Finance asks for a cut.',
      roles: [
        { role: 'The engineering lead', brief: 'You will not cut the on-call team.' },
        { role: 'The finance lead', brief: BRIEF },
      ],
      debrief: ['Which numbers moved the conversation?', 'What did it cost?'],
    },
  ],
};

describe('what the presenter screen is given of a session', () => {
  const shown = presenterSession(SESSION);

  it('has every step in order, with its minutes and what the room works on', () => {
    expect(shown).toEqual({
      title: 'Foundations in practice',
      minutes: 60,
      steps: [
        { title: 'Check-in', minutes: 10, startsAt: 0, prompt: 'What did you try?' },
        {
          title: 'The new lead',
          minutes: 20,
          startsAt: 10,
          scenario: {
            situation: 'You lead a small team.',
            question: 'What do you do?',
            options: ['Do it yourself.', 'Help the owner.'],
          },
        },
        {
          title: 'Role-play',
          minutes: 20,
          startsAt: 30,
          case: {
            title: 'The budget conversation',
            situation: 'Finance asks for a cut.',
            roles: ['The engineering lead', 'The finance lead'],
          },
        },
        { title: 'Commitments round', minutes: 10, startsAt: 50, reflection: { prompt: 'Where did your hours go?' } },
      ],
    });
  });

  it('never passes on the facilitator’s notes, which option is recommended, or a role’s private brief', () => {
    const text = JSON.stringify(shown);
    expect(text).not.toContain(NOTES);
    expect(text).not.toMatch(/notes|recommended|brief|debrief|rationale/i);
    expect(text).not.toContain(BRIEF);
    expect(text).not.toContain('on-call');
  });

  it('refuses a case step whose card the session does not carry', () => {
    expect(() => presenterSession({ ...SESSION, cases: [] })).toThrow(/budget-conversation/);
  });
});
