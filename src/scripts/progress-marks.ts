import { latestVisited, progress } from '../progress/index.ts';

/**
 * Runs on every page. Shows each lesson's state and each module's completion wherever the page lists them
 * (sidebar, course map, module pages), records the lesson being read, and offers the home page's "Continue" link.
 * All from the same store; without JavaScript none of it appears, so no false zero. Started by the layout.
 */
export function startProgressMarks() {
  const lesson = document.querySelector<HTMLElement>('[data-lesson-id]')?.dataset.lessonId;
  if (lesson) progress.markVisited(lesson);

  progress.$completed.subscribe((completed) => {
    for (const link of document.querySelectorAll<HTMLElement>('[data-lesson]')) {
      const done = completed.has(link.dataset.lesson!);
      const mark = link.querySelector('.done-mark');
      if (done && !mark) {
        // The name carries the state for screen readers ("Designing teams, completed"); the tick is for the eye.
        link.setAttribute('aria-label', `${link.textContent?.trim()}, completed`);
        link.append(doneMark());
      }
      if (!done && mark) {
        mark.remove();
        link.removeAttribute('aria-label');
      }
    }
    // Each module's figure counts the lesson links listed with it (its data-module container).
    for (const summary of document.querySelectorAll<HTMLElement>('[data-module-progress]')) {
      const links = summary.closest('[data-module]')?.querySelectorAll<HTMLElement>('[data-lesson]') ?? [];
      const lessons = [...links].map((link) => link.dataset.lesson!);
      if (!lessons.length) continue;
      const count = lessons.filter((id) => completed.has(id)).length;
      summary.textContent = `${count} of ${lessons.length} completed (${Math.round((count / lessons.length) * 100)}%)`;
      summary.hidden = false;
    }
  });

  showContinueLink();
}

/** On the home page: a link back to the lesson read most recently, found among the course map's links. */
function showContinueLink() {
  const slot = document.querySelector<HTMLElement>('[data-continue]');
  if (!slot) return;
  const linkTo = (id: string) => document.querySelector<HTMLAnchorElement>(`.course-map a[data-lesson="${id}"]`);
  const latest = latestVisited(progress.$lessons.get(), (id) => linkTo(id) !== null);
  const link = latest && linkTo(latest);
  if (!link) return;
  const copy = Object.assign(document.createElement('a'), { href: link.href, className: 'button primary' });
  copy.textContent = `Continue where you left off: ${link.firstChild?.textContent ?? ''}`;
  slot.replaceChildren(copy);
  slot.hidden = false;
}

function doneMark(): HTMLElement {
  const mark = Object.assign(document.createElement('span'), { className: 'done-mark', textContent: ' ✓' });
  mark.setAttribute('aria-hidden', 'true');
  return mark;
}
