import { downloadKeptAside, emptySnapshot, latestVisited, progress, type StoredProgress } from '../progress/index.ts';
import { useHydrated, useStored } from './hooks.ts';
import { formatTime } from './save-status.ts';
import { WEEK_AUDIT_RECORD } from '../lib/week-audit.ts';
import AttemptHistory from './AttemptHistory.tsx';
import EarlierRatings from './EarlierRatings.tsx';
import WeekAuditHistory from './WeekAuditHistory.tsx';
import KeepACopy from './KeepACopy.tsx';
import DeleteAllData from './DeleteAllData.tsx';
import JournalSection from './JournalSection.tsx';
import SharePanel from './SharePanel.tsx';
import CalendarCheckIns from './CalendarCheckIns.tsx';
import type { CourseOutline } from './dashboard-types.ts';

const EMPTY: StoredProgress = { snapshot: emptySnapshot(), unreadable: {} };

/** My progress: completion, where to continue, every attempt, reflection and commitment, and the data controls. */
export default function ProgressDashboard({ outline }: { outline: CourseOutline }) {
  const hydrated = useHydrated();
  // Follows storage: saves here, imports, deletions and other tabs' saves all show at once.
  const stored = useStored(progress.$stored, EMPTY);
  const asideCount = useStored(progress.$asideCount, 0);

  if (!hydrated) return <p class="needs-script">Loading your progress…</p>;

  const { snapshot } = stored;
  const lessons = outline.modules.flatMap((m) => m.lessons);
  const done = (id: string) => Boolean(snapshot.lesson[id]?.completedAt);
  const completedCount = lessons.filter((l) => done(l.id)).length;
  const visited = latestVisited(snapshot.lesson, (id) => lessons.some((l) => l.id === id));
  const next = lessons.find((l) => !done(l.id));
  const continueWith = lessons.find((l) => l.id === visited) ?? next;
  const lessonTitle = (id: string | undefined) => lessons.find((l) => l.id === id);

  const reflections = Object.entries(snapshot.reflection).filter(([, r]) => r.text.trim());
  const byLesson = new Map<string, typeof reflections>();
  for (const entry of reflections) {
    const lesson = outline.exercises[entry[0]]?.lesson ?? entry[1].lesson ?? '';
    const key = lessonTitle(lesson) ? lesson : '';
    byLesson.set(key, [...(byLesson.get(key) ?? []), entry]);
  }
  const orderedLessons = [...lessons.map((l) => l.id).filter((id) => byLesson.has(id)), ...(byLesson.has('') ? [''] : [])];
  const weeks = snapshot.audit[WEEK_AUDIT_RECORD]?.entries ?? [];
  const firstAudit = outline.modules
    .flatMap((m) => m.lessons)
    .find((l) => Object.values(outline.exercises).some((e) => e.kind === 'WeekAudit' && e.lesson === l.id));
  const commitments = Object.entries(snapshot.commitments).flatMap(([id, c]) => c.items.map((item) => ({ ...item, list: id })));

  return (
    <div class="dashboard">
      <section aria-labelledby="overall-title">
        <h2 id="overall-title">Lessons completed</h2>
        <p class="big-figure">
          {completedCount} of {lessons.length} lessons ({Math.round((completedCount / lessons.length) * 100)}%)
        </p>
        {continueWith && (
          <p>
            <a class="button primary" href={continueWith.href}>
              {continueWith.id === visited ? 'Continue where you left off' : 'Start'}: {continueWith.title}
            </a>
          </p>
        )}
        <ul class="module-completion">
          {outline.modules.map((m) => {
            const count = m.lessons.filter((l) => done(l.id)).length;
            return (
              <li>
                <a href={m.href}>{m.title}</a>
                <progress
                  max={m.lessons.length}
                  value={count}
                  aria-label={`${m.title}: ${count} of ${m.lessons.length} lessons completed`}
                />
                <span>
                  {count} of {m.lessons.length}
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="assessments-title">
        <h2 id="assessments-title">Self-assessments</h2>
        {[...outline.instruments, ...outline.retired].every((i) => !snapshot.attempts[i.id]?.attempts.length) && (
          <p>
            No self-assessment completed yet. The baseline is in <a href={lessons[0]?.href}>{lessons[0]?.title}</a>.
          </p>
        )}
        {outline.instruments.map((instrument) => {
          const attempts = snapshot.attempts[instrument.id]?.attempts ?? [];
          return (
            attempts.length > 0 && (
              <AttemptHistory instrument={instrument} attempts={attempts} lessons={lessons} isDone={done} now={new Date()} />
            )
          );
        })}
      </section>

      <section aria-labelledby="week-audits-title">
        <h2 id="week-audits-title">Where your week goes</h2>
        {weeks.length > 0 && outline.weekSplit ? (
          <>
            <p>
              Each week you saved in a week audit, with the share of it spent enabling. The range is the course's rule of thumb
              for the role you chose, not a score.
            </p>
            <WeekAuditHistory entries={weeks} guidance={outline.weekSplit} />
          </>
        ) : (
          <p>
            No week audited yet.
            {firstAudit && (
              <>
                {' '}
                The first audit is in <a href={firstAudit.href}>{firstAudit.title}</a>.
              </>
            )}
          </p>
        )}
        {outline.retired.map((instrument) => {
          const attempts = snapshot.attempts[instrument.id]?.attempts ?? [];
          return attempts.length > 0 && <EarlierRatings instrument={instrument} attempts={attempts} />;
        })}
      </section>

      <section aria-labelledby="reflections-title">
        <h2 id="reflections-title">Your reflections</h2>
        {reflections.length === 0 && <p>You have not written any reflections yet.</p>}
        {orderedLessons.map((lessonId) => {
          const lesson = lessonTitle(lessonId);
          return (
            <section class="reflection-group" aria-label={lesson ? lesson.title : 'From lessons no longer in the course'}>
              <h3>{lesson ? <a href={lesson.href}>{lesson.title}</a> : 'From lessons no longer in the course'}</h3>
              {byLesson.get(lessonId)!.map(([id, r]) => (
                <article class="saved-reflection">
                  <h4>{outline.exercises[id]?.prompt ?? id}</h4>
                  <p class="learner-text">{r.text}</p>
                  <p class="meta">Saved {formatTime(r.savedAt)}</p>
                </article>
              ))}
            </section>
          );
        })}
      </section>

      <section aria-labelledby="commitments-title">
        <h2 id="commitments-title">Your commitments</h2>
        {commitments.length === 0 ? (
          <p>No commitments yet: you write your 30-60-90 day plan in the capstone.</p>
        ) : (
          <ul class="commitment-summary">
            {commitments.map((c) => (
              <li>
                <span class="learner-text">{c.text}</span> <span class="meta">({c.target})</span>{' '}
                {c.done ? <strong>Done</strong> : <span>Not done yet</span>}
              </li>
            ))}
          </ul>
        )}
        {commitments.length > 0 && <CalendarCheckIns lists={Object.values(snapshot.commitments)} />}
      </section>

      <SharePanel stored={stored} outline={outline} />
      <JournalSection outline={outline} answered={Object.keys(snapshot.scenario)} />

      {asideCount > 0 && (
        <section aria-labelledby="aside-title">
          <h2 id="aside-title">Saved data that could not be read</h2>
          <p>
            {asideCount} saved {asideCount === 1 ? 'value' : 'values'} could not be read by this version of the course, perhaps
            because it was damaged. Nothing has been deleted. Download it to keep it; it is also included in every export.
          </p>
          <button type="button" onClick={downloadKeptAside}>
            Download what could not be read
          </button>
        </section>
      )}

      <section aria-labelledby="copy-title">
        <h2 id="copy-title">Keep a copy</h2>
        <KeepACopy isLesson={(id) => lessons.some((l) => l.id === id)} />
      </section>

      <section aria-labelledby="delete-section-title">
        <h2 id="delete-section-title">Delete your data</h2>
        <DeleteAllData />
      </section>
    </div>
  );
}
