/** An exercise placed in a lesson's MDX, found by reading the source. */
export interface ExerciseUse {
  component: string;
  id: string;
  /** For a self-assessment: the instrument it uses. */
  instrument?: string;
  /** For a reflection: its prompt. */
  prompt?: string;
  lessonId: string;
  file: string;
}

export const EXERCISE_COMPONENTS = ['Reflection', 'Scenario', 'SelfAssessment', 'Commitments', 'WeekAudit'] as const;

const TAG = new RegExp(`<(${EXERCISE_COMPONENTS.join('|')})\\b([^>]*?)/?>`, 'g');
const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** Every exercise tag in an MDX body, with its id (if any) and instrument. */
export function findExercises(body: string, lessonId: string, file: string): ExerciseUse[] {
  return [...body.matchAll(TAG)].map(([, component, attrs = '']) => {
    const use: ExerciseUse = { component: component!, id: attribute(attrs, 'id') ?? '', lessonId, file };
    const instrument = attribute(attrs, 'instrument');
    if (instrument) use.instrument = instrument;
    const prompt = attribute(attrs, 'prompt');
    if (prompt) use.prompt = prompt;
    return use;
  });
}

/**
 * Problems with exercises across the course: a missing or repeated id (progress is stored by id, so two
 * exercises sharing one would overwrite each other), and references to scenarios, instruments or the week-split
 * guidance that do not exist.
 */
export function findExerciseProblems(
  uses: ExerciseUse[],
  known: { scenarios: Set<string>; instruments: Set<string>; weekSplit: boolean },
): string[] {
  const problems: string[] = [];
  const seen = new Map<string, ExerciseUse>();
  for (const use of uses) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(use.id)) {
      problems.push(`${use.file}: <${use.component}> needs an id="..." of lowercase words joined by hyphens`);
      continue;
    }
    const first = seen.get(use.id);
    if (first)
      problems.push(`${use.file}: exercise id "${use.id}" is already used in ${first.file}; every exercise id must be unique`);
    else seen.set(use.id, use);
    if (use.component === 'Scenario' && !known.scenarios.has(use.id)) {
      problems.push(`${use.file}: <Scenario id="${use.id}"> has no file content/scenarios/${use.id}.yaml`);
    }
    if (use.component === 'SelfAssessment' && !known.instruments.has(use.instrument ?? '')) {
      problems.push(
        `${use.file}: <SelfAssessment instrument="${use.instrument ?? ''}"> has no file content/assessments/${use.instrument ?? '<instrument>'}.yaml`,
      );
    }
    if (use.component === 'WeekAudit' && !known.weekSplit) {
      problems.push(
        `${use.file}: <WeekAudit id="${use.id}"> needs content/week-split.yaml, which is missing or could not be read`,
      );
    }
  }
  return problems;
}

/** Lesson ids named by self-assessment instruments (for the weakest-area advice) that no lesson has. */
export function findInstrumentProblems(
  instruments: { id: string; dimensions: { id: string; lessons: string[] }[] }[],
  lessonIds: Set<string>,
): string[] {
  return instruments.flatMap((instrument) =>
    instrument.dimensions.flatMap((dimension) =>
      dimension.lessons
        .filter((lesson) => !lessonIds.has(lesson))
        .map(
          (lesson) =>
            `content/assessments/${instrument.id}.yaml: dimension "${dimension.id}" lists lesson "${lesson}", which does not exist`,
        ),
    ),
  );
}
