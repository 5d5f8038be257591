import { useState } from 'preact/hooks';
import { progress } from '../progress/index.ts';
import { useHydrated, useStored } from './hooks.ts';
import { saveStatus } from './save-status.ts';

const NONE = new Set<string>();

interface Props {
  lesson: string;
  title: string;
}

/** "Mark as complete": the state the sidebar, course map, module pages and My progress all read. */
export default function LessonComplete({ lesson, title }: Props) {
  const hydrated = useHydrated();
  const completed = useStored(progress.$completed, NONE);
  const done = hydrated && completed.has(lesson);
  const [status, setStatus] = useState('');
  const toggle = () => {
    const saved = progress.setLessonComplete(lesson, !done);
    setStatus(
      saved
        ? done
          ? `${title} marked as not complete.`
          : `${title} marked as complete.`
        : saveStatus(false, progress.$health.get()),
    );
  };
  return (
    <div class="lesson-complete">
      <button type="button" class={done ? 'pressed' : 'primary'} aria-pressed={done} onClick={toggle}>
        <span class="tick" aria-hidden="true">
          ✓
        </span>
        Mark as complete
      </button>
      <p class="save-status" role="status">
        {status}
      </p>
    </div>
  );
}
