import type { Snapshot } from './snapshot.ts';
import { SHARE_FORMAT, SHARE_VERSION } from './share-format.ts';
import type { SharePayload } from './share-payload.ts';

/** Which of an instrument's attempts go into a share. */
export type AttemptChoice = 'none' | 'latest' | 'baseline-and-latest' | 'all';

/** What the learner ticked in "Share with a mentor": nothing is chosen until they choose it. */
export interface ShareSelection {
  name: string;
  attempts: Record<string, AttemptChoice>;
  completion: boolean;
  reflections: string[];
  scenarios: boolean;
  commitments: boolean;
}

export const NOTHING_SELECTED: ShareSelection = {
  name: '',
  attempts: {},
  completion: false,
  reflections: [],
  scenarios: false,
  commitments: false,
};

function chosenAttempts<T>(attempts: readonly T[], choice: AttemptChoice | undefined): T[] {
  switch (choice) {
    case 'latest':
      return attempts.slice(-1);
    case 'baseline-and-latest':
      return attempts.length > 1 ? [attempts[0]!, attempts.at(-1)!] : attempts.slice();
    case 'all':
      return attempts.slice();
    default:
      return [];
  }
}

const nonEmpty = <T>(record: Record<string, T>) => (Object.keys(record).length ? record : undefined);

/**
 * The share a selection makes from the learner's stored progress: exactly what was ticked, copied record by record,
 * and nothing else (no drafts, no week audits, no lesson visits).
 */
export function sharePayload(snapshot: Snapshot, selection: ShareSelection, learner: string, now: Date): SharePayload {
  const assessments = nonEmpty(
    Object.fromEntries(
      Object.entries(snapshot.attempts)
        .map(([id, { attempts }]) => [id, { attempts: chosenAttempts(attempts, selection.attempts[id]) }] as const)
        .filter(([, { attempts }]) => attempts.length > 0),
    ),
  );
  const completed = selection.completion
    ? Object.entries(snapshot.lesson)
        .filter(([, record]) => record.completedAt)
        .map(([id]) => id)
    : [];
  const reflections = nonEmpty(
    Object.fromEntries(selection.reflections.filter((id) => snapshot.reflection[id]).map((id) => [id, snapshot.reflection[id]!])),
  );
  const name = selection.name.trim();
  const payload: SharePayload = {
    format: SHARE_FORMAT,
    version: SHARE_VERSION,
    learner,
    sharedAt: now.toISOString(),
    ...(name ? { name } : {}),
    ...(assessments ? { assessments } : {}),
    ...(completed.length ? { completed } : {}),
    ...(reflections ? { reflections } : {}),
    ...(selection.scenarios && nonEmpty(snapshot.scenario) ? { scenarios: snapshot.scenario } : {}),
    ...(selection.commitments && nonEmpty(snapshot.commitments) ? { commitments: snapshot.commitments } : {}),
  };
  return payload;
}
