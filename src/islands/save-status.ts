import type { StorageHealth } from '../progress/index.ts';

/** What to tell the learner after a save attempt, in plain words. */
export function saveStatus(saved: boolean, health: StorageHealth): string {
  if (saved) return 'Saved';
  switch (health) {
    case 'blocked':
      return 'Not saved: this browser is not letting the course keep progress. Your text is still here; copy it somewhere safe.';
    case 'newer':
      return 'Not saved: a newer version of the course is open. Reload the page; your text is still here until you do.';
    default:
      return 'Not saved: storage is full. Your text is still here; export a copy from My progress.';
  }
}

const TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatTime = (iso: string) => TIME.format(new Date(iso));
