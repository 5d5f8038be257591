import type { Snapshot } from './snapshot.ts';

/**
 * The learner's journal: everything they wrote in the course, in course order (module, lesson, then the exercises
 * as they appear in the lesson). One model, shown by the journal page and written out as Markdown, so both hold
 * exactly the same. What was written in exercises the course no longer has comes last, so nothing is left out.
 */

/** What the journal needs to know about the course; My progress's outline has it. */
export interface JournalOutline {
  modules: { id: string; title: string; lessons: { id: string; title: string; href: string }[] }[];
  /** Every exercise by id, in the order each lesson places them, with its reflection prompt. */
  exercises: Record<string, { lesson: string; kind: string; prompt?: string }>;
  /** Self-assessment instruments, live and retired, with their dimensions' names. */
  instruments: { id: string; title: string; dimensions: { id: string; name: string }[] }[];
  retired: { id: string; title: string; dimensions: { id: string; name: string }[] }[];
}

/** A scenario's text as its JSON file serves it (src/pages/scenarios/[scenario].json.ts): fetched when needed. */
export interface ScenarioText {
  title: string;
  question: string;
  options: Record<string, { label: string; rationale: string }>;
}

export type JournalEntry =
  | { kind: 'reflection'; id: string; prompt: string; text: string; savedAt: string }
  | {
      kind: 'scenario';
      id: string;
      title: string;
      question: string | undefined;
      /** The chosen option's label and the course's reasoning on it, when the scenario's text could be loaded. */
      choice: { label: string; rationale: string } | undefined;
      option: string;
      answeredAt: string;
    }
  | {
      kind: 'attempts';
      id: string;
      instrument: string;
      dimensions: string[];
      attempts: {
        completedAt: string;
        /** Level 1 to 5 in each dimension, in the order of `dimensions`; undefined where not rated. */
        levels: (number | undefined)[];
        evidence: { dimension: string; level: number | undefined; text: string }[];
      }[];
    }
  | { kind: 'commitments'; id: string; items: { text: string; target: string; done: boolean }[] };

interface JournalLesson {
  id: string;
  title: string;
  href: string | undefined;
  entries: JournalEntry[];
}

export interface JournalModule {
  id: string;
  title: string;
  lessons: JournalLesson[];
}

/** The learner's journal from their stored progress: only lessons and modules where they wrote something. */
export function journalOf(snapshot: Snapshot, outline: JournalOutline, scenarios: Record<string, ScenarioText>): JournalModule[] {
  const entries = new Map<string, JournalEntry>();
  const add = (entry: JournalEntry) => entries.set(`${entry.kind}:${entry.id}`, entry);

  for (const [id, r] of Object.entries(snapshot.reflection)) {
    if (r.text.trim())
      add({ kind: 'reflection', id, prompt: outline.exercises[id]?.prompt ?? id, text: r.text, savedAt: r.savedAt });
  }
  for (const [id, s] of Object.entries(snapshot.scenario)) {
    const text = scenarios[id];
    add({
      kind: 'scenario',
      id,
      title: text?.title ?? id,
      question: text?.question,
      choice: text?.options[s.option],
      option: s.option,
      answeredAt: s.answeredAt,
    });
  }
  for (const instrument of [...outline.instruments, ...outline.retired]) {
    const attempts = snapshot.attempts[instrument.id]?.attempts ?? [];
    for (const exercise of new Set(attempts.map((a) => a.exercise))) {
      const taken = attempts.filter((a) => a.exercise === exercise);
      // Dimensions rated in an earlier version of the instrument and since removed keep their rows, by id.
      const ids = [...new Set([...instrument.dimensions.map((d) => d.id), ...taken.flatMap((a) => Object.keys(a.ratings))])];
      const name = (dimension: string) => instrument.dimensions.find((d) => d.id === dimension)?.name ?? dimension;
      add({
        kind: 'attempts',
        id: exercise,
        instrument: instrument.title,
        dimensions: ids.map(name),
        attempts: taken.map((a) => ({
          completedAt: a.completedAt,
          levels: ids.map((d) => a.ratings[d]),
          evidence: ids
            .filter((d) => a.evidence?.[d]?.trim())
            .map((d) => ({ dimension: name(d), level: a.ratings[d], text: a.evidence![d]! })),
        })),
      });
    }
  }
  for (const [id, list] of Object.entries(snapshot.commitments)) {
    if (list.items.length)
      add({ kind: 'commitments', id, items: list.items.map(({ text, target, done }) => ({ text, target, done })) });
  }

  const modules: JournalModule[] = [];
  for (const m of outline.modules) {
    const lessons = m.lessons
      .map((l) => {
        const here = Object.entries(outline.exercises).filter(([, e]) => e.lesson === l.id);
        const found = here.flatMap(([id]) => [...entries].filter(([, e]) => e.id === id));
        for (const [key] of found) entries.delete(key);
        return { id: l.id, title: l.title, href: l.href, entries: found.map(([, e]) => e) };
      })
      .filter((l) => l.entries.length > 0);
    if (lessons.length) modules.push({ id: m.id, title: m.title, lessons });
  }
  if (entries.size) {
    const lesson = { id: 'no-longer-in-course', title: 'From exercises the course no longer has', href: undefined };
    modules.push({ id: lesson.id, title: 'No longer in the course', lessons: [{ ...lesson, entries: [...entries.values()] }] });
  }
  return modules;
}
