import { z } from 'astro/zod';

/** Lowercase words joined by hyphens, as every id in the course. */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lowercase words joined by hyphens');

/** The lengths a workshop session may have, in minutes. */
const SESSION_LENGTHS = [60, 90, 120] as const;

/**
 * One timed step of a session's agenda. What the room works on comes from the course itself where it can: a lesson's
 * decision scenario or reflection prompt by its id, or one of the session's case cards, so there is one source of text.
 */
const agendaStepSchema = z
  .object({
    /** A short name for the step: "Check-in", "Breakout on the case", "Commitments round". */
    title: z.string().min(1, 'a step needs a title'),
    /** How long the step runs, in whole minutes. */
    minutes: z.number({ error: 'a step needs its minutes, as a number' }).int().min(1).max(120),
    /** What the room does, addressed to the participants; shown on the presenter screen. */
    prompt: z.string().min(1).optional(),
    /** The id of a lesson's decision scenario (`content/scenarios/<id>.yaml`, placed in a lesson). */
    scenario: id.optional(),
    /** The id of a lesson's <Reflection>: its prompt is shown. */
    reflection: id.optional(),
    /** The id of a case card (`content/cases/<id>.yaml`). */
    case: id.optional(),
    /** For the facilitator only: printed on the run sheet, never shown on the presenter screen. */
    notes: z.string().min(1).optional(),
  })
  .strict()
  .refine((step) => step.prompt ?? step.scenario ?? step.reflection ?? step.case, {
    message: 'a step needs a prompt, a scenario, a reflection or a case for the room to work on',
  });

/**
 * A workshop session: `content/sessions/<id>.yaml`, shown at /facilitator/<id>/. One opens the cohort, one closes it,
 * and each module of the course has one.
 */
export const sessionSchema = z
  .object({
    title: z.string().min(1),
    /** Position in the cohort's run of sessions, from 0; unique. */
    order: z.number().int().min(0),
    kind: z.enum(['opening', 'module', 'closing']),
    /** For a module session: the id of its module (from `content/modules.yaml`). */
    module: id.optional(),
    /** The session's length: 60, 90 or 120 minutes. The agenda's steps add up to it. */
    minutes: z.literal(SESSION_LENGTHS, { error: 'a session lasts 60, 90 or 120 minutes' }),
    /** What participants leave with, in one or two sentences. */
    goal: z.string().min(1),
    /** Lessons to complete before the session, by id. */
    prework: z.array(id),
    /** What the facilitator prepares: printed case cards, a timer, a shared board. */
    materials: z.array(z.string().min(1)).min(1, 'list the materials the session needs'),
    agenda: z.array(agendaStepSchema).min(3, 'an agenda has at least three steps'),
  })
  .strict()
  .superRefine((session, ctx) => {
    const total = session.agenda.reduce((sum, step) => sum + step.minutes, 0);
    if (total !== session.minutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['agenda'],
        message: `the steps' minutes add up to ${total}, but the session lasts ${session.minutes}; make them equal`,
      });
    }
    if (session.kind === 'module' && !session.module) {
      ctx.addIssue({ code: 'custom', path: ['module'], message: 'a module session names its module' });
    }
    if (session.kind !== 'module' && session.module) {
      ctx.addIssue({ code: 'custom', path: ['module'], message: `an ${session.kind} session has no module` });
    }
  });

type Session = z.infer<typeof sessionSchema>;
export type AgendaStep = Session['agenda'][number];

/** One part in a case card's role-play, with the brief only that person reads. */
const roleSchema = z
  .object({
    /** Who they are in the case: "CFO", "Engineering manager of the payments team". */
    role: z.string().min(1),
    /** What this person knows, wants and worries about, in the second person. */
    brief: z.string().min(1),
  })
  .strict();

/**
 * A case card for a role-play or a breakout: `content/cases/<id>.yaml`, used by a session's agenda step. Longer than a
 * lesson's scenario, with a brief for each role. Printed one card per page.
 */
export const caseSchema = z
  .object({
    title: z.string().min(1),
    format: z.enum(['role-play', 'breakout']),
    /** The situation everyone in the room reads, in the second person or the third. */
    situation: z.string().min(1),
    /** Two to five parts, each with its own brief. */
    roles: z.array(roleSchema).min(2, 'a case has at least two roles').max(5, 'a case has at most five roles'),
    /** Questions for the debrief after the role-play or breakout. */
    debrief: z.array(z.string().min(1)).min(2, 'a case has at least two debrief questions'),
  })
  .strict();

export type CaseCard = z.infer<typeof caseSchema>;
