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
      showShare(summary, count, lessons.length, 'completed');
    }
  });

  showContinueLink();
}

/** Writes "n of m <what> (p%)" into a progress figure, and fills its bar when it has one. */
function showShare(figure: HTMLElement, count: number, of: number, what: string) {
  (figure.querySelector('span') ?? figure).textContent = `${count} of ${of} ${what} (${Math.round((count / of) * 100)}%)`;
  const bar = figure.querySelector('progress');
  if (bar) bar.value = count / of;
  figure.hidden = false;
}

/**
 * On the home page, for a learner who has been here before: the course's progress first, then a link back to the
 * lesson read most recently (found among the course map's links) in place of "Begin the course". Both replace text
 * in space the page already holds, so nothing moves.
 */
function showContinueLink() {
  const slot = document.querySelector<HTMLElement>('[data-continue]');
  const figure = document.querySelector<HTMLElement>('[data-course-progress]');
  if (!slot || !figure) return;
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.course-map a[data-lesson]')];
  const linkTo = (id: string) => links.find((link) => link.dataset.lesson === id);
  const latest = latestVisited(progress.$lessons.get(), (id) => linkTo(id) !== undefined);
  const link = latest && linkTo(latest);
  if (!link) return;
  const completed = progress.$completed.get();
  const bar = Object.assign(document.createElement('progress'), { max: 1 });
  bar.setAttribute('aria-hidden', 'true');
  figure.replaceChildren(bar, document.createElement('span'));
  showShare(figure, links.filter((l) => completed.has(l.dataset.lesson!)).length, links.length, 'lessons completed');
  const copy = Object.assign(document.createElement('a'), { href: link.href, className: 'button primary large' });
  copy.textContent = `Continue: ${link.firstChild?.textContent?.trim() ?? ''}`;
  slot.replaceChildren(copy);
}

function doneMark(): HTMLElement {
  const mark = Object.assign(document.createElement('span'), { className: 'done-mark', textContent: ' ✓' });
  mark.setAttribute('aria-hidden', 'true');
  return mark;
}
