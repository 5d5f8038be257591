import { useEffect, useState } from 'preact/hooks';
import {
  emptySnapshot,
  loadJournalTools,
  progress,
  type JournalEntry,
  type JournalOutline,
  type ScenarioText,
  type StoredProgress,
} from '../progress/index.ts';
import { longDate } from '../lib/format.ts';
import { normaliseText } from '../lib/markdown-text.ts';
import { useHydrated, useStored } from './hooks.ts';
import { loadScenarioTexts } from './scenario-texts.ts';

const EMPTY: StoredProgress = { snapshot: emptySnapshot(), unreadable: {} };

/**
 * The journal page: everything the learner wrote, in course order, the same content as the Markdown download. Every
 * text the learner wrote is rendered as text, never as markup.
 */
export default function JournalView({ outline }: { outline: JournalOutline }) {
  const hydrated = useHydrated();
  const { snapshot } = useStored(progress.$stored, EMPTY);
  const answered = Object.keys(snapshot.scenario).join(' ');
  const [scenarios, setScenarios] = useState<{
    for: string;
    texts: Record<string, ScenarioText>;
    journalOf: Awaited<ReturnType<typeof loadJournalTools>>['journalOf'];
  }>();
  useEffect(() => {
    if (!hydrated) return;
    let current = true;
    void Promise.all([loadJournalTools(), loadScenarioTexts(answered ? answered.split(' ') : [], outline)]).then(
      ([{ journalOf }, texts]) => {
        if (current) setScenarios({ for: answered, texts, journalOf });
      },
    );
    return () => {
      current = false;
    };
  }, [hydrated, answered, outline]);

  if (!hydrated || !scenarios) return <p class="needs-script">Loading your journal…</p>;
  const journal = scenarios.journalOf(snapshot, outline, scenarios.texts);

  return (
    <div class="journal">
      <p class="no-print">
        <button type="button" class="primary" onClick={() => window.print()}>
          Print my journal
        </button>
      </p>
      {journal.length === 0 && <p>Nothing written yet. What you write in the lessons' exercises will appear here.</p>}
      {journal.map((m) => (
        <section class="journal-module" aria-labelledby={`journal-${m.id}`}>
          <h2 id={`journal-${m.id}`}>{m.title}</h2>
          {m.lessons.map((l) => (
            <section class="journal-lesson" aria-labelledby={`journal-${m.id}-${l.id}`}>
              <h3 id={`journal-${m.id}-${l.id}`}>{l.href ? <a href={l.href}>{l.title}</a> : l.title}</h3>
              {l.entries.map((entry) => (
                <Entry entry={entry} />
              ))}
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}

function Entry({ entry }: { entry: JournalEntry }) {
  switch (entry.kind) {
    case 'reflection':
      return (
        <article class="journal-entry">
          <h4>{entry.prompt}</h4>
          <blockquote class="learner-text">{normaliseText(entry.text).trim()}</blockquote>
          <p class="meta">Saved {longDate(entry.savedAt)}.</p>
        </article>
      );
    case 'scenario':
      return (
        <article class="journal-entry">
          <h4>Decision: {entry.title}</h4>
          {entry.question && <p>{entry.question}</p>}
          {entry.choice ? (
            <>
              <p>
                My choice: <strong>{entry.choice.label}</strong>
              </p>
              <p>The course's reasoning: {entry.choice.rationale}</p>
            </>
          ) : (
            <p>My choice: the option “{entry.option}”, whose text the course no longer has.</p>
          )}
          <p class="meta">Answered {longDate(entry.answeredAt)}.</p>
        </article>
      );
    case 'attempts':
      return (
        <article class="journal-entry">
          <h4>Self-assessment: {entry.instrument}</h4>
          <div class="table-scroll">
            <table>
              <caption>My level in each dimension, 1 to 5, by the date of each attempt</caption>
              <thead>
                <tr>
                  <th scope="col">Dimension</th>
                  {entry.attempts.map((a) => (
                    <th scope="col">{longDate(a.completedAt)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {entry.dimensions.map((name, d) => (
                  <tr>
                    <th scope="row">{name}</th>
                    {entry.attempts.map((a) => (
                      <td>{a.levels[d] ?? '—'}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {entry.attempts
            .filter((a) => a.evidence.length)
            .map((a) => (
              <>
                <p>My evidence, {longDate(a.completedAt)}:</p>
                <ul>
                  {a.evidence.map((e) => (
                    <li>
                      {e.dimension} (level {e.level ?? '—'}): <span class="learner-text">{e.text}</span>
                    </li>
                  ))}
                </ul>
              </>
            ))}
        </article>
      );
    case 'commitments':
      return (
        <article class="journal-entry">
          <h4>My commitments</h4>
          <ul class="journal-checklist">
            {entry.items.map((i) => (
              <li>
                <span aria-hidden="true" class="journal-box">
                  {i.done ? '☑' : '☐'}
                </span>
                <span class="visually-hidden">{i.done ? 'Done: ' : 'Not done yet: '}</span>
                <span class="learner-text">{i.text}</span> (by {i.target})
              </li>
            ))}
          </ul>
        </article>
      );
  }
}
