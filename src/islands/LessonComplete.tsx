import { useEffect, useRef, useState } from 'preact/hooks';
import { progress } from '../progress/index.ts';
import { useHydrated, useStored } from './hooks.ts';
import { saveStatus } from './save-status.ts';

const NONE = new Set<string>();

interface Props {
  lesson: string;
  title: string;
}

/**
 * "Mark as complete", then plainly "Completed" with an undo: the state the sidebar, course map, module pages and My
 * progress all read. The control pressed is replaced by the other one, so focus follows to it, and the change is
 * announced.
 */
export default function LessonComplete({ lesson, title }: Props) {
  const hydrated = useHydrated();
  const completed = useStored(progress.$completed, NONE);
  const done = hydrated && completed.has(lesson);
  const [status, setStatus] = useState('');
  const control = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  useEffect(() => {
    if (moveFocus.current) control.current?.focus();
    moveFocus.current = false;
  }, [done]);

  const mark = (complete: boolean) => {
    const saved = progress.setLessonComplete(lesson, complete);
    moveFocus.current = saved;
    setStatus(
      saved
        ? `${title} ${complete ? 'marked as complete' : 'marked as not complete'}.`
        : saveStatus(false, progress.$health.get()),
    );
  };
  return (
    <div class={`lesson-complete${done ? ' is-done' : ''}`}>
      {done ? (
        <p class="completed-state">
          <span class="completed-badge">
            <span aria-hidden="true">✓</span> Completed
          </span>
          <button type="button" class="quiet" ref={control} aria-label="Undo: mark as not complete" onClick={() => mark(false)}>
            Undo
          </button>
        </p>
      ) : (
        <p class="completed-state">
          <button type="button" class="primary" ref={control} onClick={() => mark(true)}>
            Mark as complete
          </button>
        </p>
      )}
      <p class="save-status" role="status">
        {status}
      </p>
    </div>
  );
}
