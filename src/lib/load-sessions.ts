import { getCollection } from 'astro:content';
import { loadCourse } from './load-course.ts';
import { findSessionProblems } from './session-rules.ts';
import { lessonHref, moduleHref } from './urls.ts';
import type { CaseCardView, LessonLink, SessionStepView, SessionView } from './session-view.ts';

let loading: Promise<SessionView[]> | undefined;

/**
 * The cohort sessions in order, with the lessons' scenarios, reflection prompts and case cards they name resolved.
 * Every facilitator page calls this, so a wrong id fails the build with a message naming file and field.
 */
export function loadSessions(): Promise<SessionView[]> {
  loading ??= readSessions();
  return loading;
}

async function readSessions(): Promise<SessionView[]> {
  const [course, sessions, cases, scenarios] = await Promise.all([
    loadCourse(),
    getCollection('sessions'),
    getCollection('cases'),
    getCollection('scenarios'),
  ]);
  const lessons = new Map(course.modules.flatMap((m) => m.lessons).map((l) => [l.id, l]));
  const reflections = new Map(course.exercises.filter((e) => e.component === 'Reflection').map((e) => [e.id, e]));
  const placedScenarios = new Map(course.exercises.filter((e) => e.component === 'Scenario').map((e) => [e.id, e]));
  const problems = findSessionProblems(
    sessions.map((s) => ({ id: s.id, file: s.filePath ?? s.id, ...s.data })),
    {
      modules: new Map(course.modules.map((m) => [m.id, m.order])),
      lessons: new Set(lessons.keys()),
      scenarios: new Set(placedScenarios.keys()),
      reflections: new Set(reflections.keys()),
      cases: new Map(cases.map((c) => [c.id, c.filePath ?? c.id])),
    },
  );
  if (problems.length) throw new Error(`The workshop sessions have problems:\n- ${problems.join('\n- ')}`);

  const lessonLink = (id: string): LessonLink => {
    const lesson = lessons.get(id)!;
    return { id, title: lesson.title, href: lessonHref(lesson) };
  };
  const caseCards = new Map(cases.map((c): [string, CaseCardView] => [c.id, { id: c.id, ...c.data }]));
  const scenarioData = new Map(scenarios.map((s) => [s.id, s.data]));

  return [...sessions]
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ id, data }, index): SessionView => {
      let startsAt = 0;
      const agenda = data.agenda.map((step): SessionStepView => {
        const view: SessionStepView = { title: step.title, minutes: step.minutes, startsAt };
        startsAt += step.minutes;
        if (step.prompt) view.prompt = step.prompt;
        if (step.notes) view.notes = step.notes;
        if (step.scenario) {
          const scenario = scenarioData.get(step.scenario)!;
          view.scenario = {
            id: step.scenario,
            title: scenario.title,
            situation: scenario.situation,
            question: scenario.question,
            options: scenario.options.map((o) => ({ id: o.id, label: o.label, recommended: o.recommended })),
            lesson: lessonLink(placedScenarios.get(step.scenario)!.lessonId),
          };
        }
        if (step.reflection) {
          const reflection = reflections.get(step.reflection)!;
          view.reflection = { id: step.reflection, prompt: reflection.prompt ?? '', lesson: lessonLink(reflection.lessonId) };
        }
        if (step.case) {
          const card = caseCards.get(step.case)!;
          view.case = { id: card.id, title: card.title, format: card.format };
        }
        return view;
      });
      const module = course.modules.find((m) => m.id === data.module);
      const usedCases = [...new Set(data.agenda.flatMap((step) => (step.case ? [step.case] : [])))];
      const kind = module ? `Module ${module.order}: ${module.title}` : data.kind === 'opening' ? 'Opening' : 'Closing';
      return {
        id,
        title: data.title,
        label: `Session ${index + 1} · ${kind}`,
        order: data.order,
        kind: data.kind,
        ...(module ? { module: { id: module.id, title: module.title, href: moduleHref(module.id) } } : {}),
        minutes: data.minutes,
        goal: data.goal,
        prework: data.prework.map((lesson) => ({ ...lessonLink(lesson), minutes: lessons.get(lesson)!.minutes })),
        materials: data.materials,
        agenda,
        cases: usedCases.map((c) => caseCards.get(c)!),
      };
    });
}
