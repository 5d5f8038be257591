import type { ShareResult } from '../progress/shares.ts';
import { summariseCohort, type Cohort, type CohortLine, type CohortOutline, type ReadLink } from './cohort.ts';
import { countOf } from './format.ts';
import { fragmentOf } from './share-fragment.ts';

/** Opens one link's fragment: the share door's decodeShare, passed in so this stays pure (and runs in Node's tests). */
export type DecodeShare = (fragment: string, options: { passphrase: string }) => Promise<ShareResult>;

interface ReadOptions {
  decode: DecodeShare;
  /** The cohort's passphrase, or '' when its links have none. */
  passphrase: string;
  outline: CohortOutline;
  /** Called as each link is read, with how many of the lines have been read so far. */
  onRead?: (done: number, total: number) => void;
  /** Aborted when the read is no longer wanted (a newer one started): no more links are opened, and it rejects. */
  signal?: AbortSignal;
}

/**
 * How many links are opened at a time. A link with a passphrase costs 600,000 PBKDF2 rounds (share-crypto.ts), which
 * the browser runs off the page's thread; a few at a time keep its cores busy while the count of links read moves
 * steadily, rather than every link finishing together at the end.
 */
const AT_ONCE = 4;

/**
 * A cohort's lines, each opened as a share link (its address before the `#` ignored) and summarised in line order.
 * Never rejects because of one link: a link whose opening throws (no WebCrypto in this browser, say) is a damaged one.
 */
export async function readCohort(
  lines: CohortLine[],
  { decode, passphrase, outline, onRead, signal }: ReadOptions,
): Promise<Cohort> {
  const read: ReadLink[] = [];
  let next = 0;
  let done = 0;
  const openInTurn = async () => {
    while (next < lines.length && !signal?.aborted) {
      const index = next++;
      const { line, text } = lines[index]!;
      let result: ShareResult;
      try {
        result = await decode(fragmentOf(text), { passphrase });
      } catch {
        result = { ok: false, problem: 'damaged' };
      }
      read[index] = { line, result };
      onRead?.(++done, lines.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, lines.length) }, openInTurn));
  signal?.throwIfAborted();
  return summariseCohort(read, outline);
}

/** "Reading 40 links…", then "Read 12 of 40 links…": how far a read has got. */
export const readingProgress = (done: number, total: number) =>
  done === 0 ? `Reading ${countOf(total, 'link')}…` : `Read ${done} of ${countOf(total, 'link')}…`;
