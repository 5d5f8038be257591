import type { AgendaStep } from '../schemas/session.ts';

/** A session as the rules read it: its id, file and the fields that name other content. */
export interface SessionRef {
  id: string;
  file: string;
  order: number;
  kind: 'opening' | 'module' | 'closing';
  module?: string | undefined;
  prework: string[];
  agenda: Pick<AgendaStep, 'scenario' | 'reflection' | 'case'>[];
}

/** What the sessions may name: ids that exist in the course. */
export interface SessionTargets {
  /** Modules by id, with their order (the orientation, order 0, is covered by the opening session). */
  modules: Map<string, number>;
  lessons: Set<string>;
  /** Scenario ids placed in a lesson with <Scenario>. */
  scenarios: Set<string>;
  /** Exercise ids of the lessons' <Reflection>s. */
  reflections: Set<string>;
  /** Case card ids, with their files. */
  cases: Map<string, string>;
}

/** Ids the facilitator's pages use for themselves, so no session may take them. */
const RESERVED_IDS = new Set(['cohort']);

/**
 * Problems across the sessions, each naming the file and field: an id that names nothing, a module without its
 * session (or with two), a missing or second opening or closing, a shared position, an unused case card.
 */
export function findSessionProblems(sessions: SessionRef[], targets: SessionTargets): string[] {
  const problems: string[] = [];
  const unknown = (file: string, field: string, kind: string, value: string) =>
    problems.push(`${file}: ${field} names ${kind} "${value}", which does not exist`);
  const usedCases = new Set<string>();

  for (const session of sessions) {
    if (RESERVED_IDS.has(session.id))
      problems.push(`${session.file}: the id "${session.id}" is taken by a facilitator page; rename the file`);
    if (session.module !== undefined && !targets.modules.has(session.module)) {
      unknown(session.file, 'module', 'the module', session.module);
    }
    session.prework.forEach((lesson, i) => {
      if (!targets.lessons.has(lesson)) unknown(session.file, `prework[${i}]`, 'the lesson', lesson);
    });
    session.agenda.forEach((step, i) => {
      if (step.scenario !== undefined && !targets.scenarios.has(step.scenario)) {
        unknown(session.file, `agenda[${i}].scenario`, 'the scenario', step.scenario);
      }
      if (step.reflection !== undefined && !targets.reflections.has(step.reflection)) {
        unknown(session.file, `agenda[${i}].reflection`, 'the reflection', step.reflection);
      }
      if (step.case !== undefined) {
        if (targets.cases.has(step.case)) usedCases.add(step.case);
        else unknown(session.file, `agenda[${i}].case`, 'the case card', step.case);
      }
    });
    if (!session.agenda.some((step) => step.case !== undefined)) {
      problems.push(`${session.file}: agenda has no step with a case; every session works on one of its case cards`);
    }
  }

  for (const kind of ['opening', 'closing'] as const) {
    const count = sessions.filter((s) => s.kind === kind).length;
    if (count !== 1) problems.push(`content/sessions: there must be one ${kind} session, and there are ${count}`);
  }
  for (const [module, order] of targets.modules) {
    if (order === 0) continue;
    const count = sessions.filter((s) => s.module === module).length;
    if (count !== 1) problems.push(`content/sessions: the module "${module}" needs one session, and has ${count}`);
  }
  const byOrder = new Map<number, SessionRef>();
  for (const session of sessions) {
    const first = byOrder.get(session.order);
    if (first) problems.push(`${session.file}: order ${session.order} is already used by ${first.file}`);
    else byOrder.set(session.order, session);
  }
  for (const [id, file] of targets.cases) {
    if (!usedCases.has(id)) problems.push(`${file}: the case card "${id}" is not used by any session's agenda`);
  }
  return problems;
}
