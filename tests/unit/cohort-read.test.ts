import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cohortLines, type CohortOutline } from '../../src/lib/cohort.ts';
import { readCohort, readingProgress, type DecodeShare } from '../../src/lib/cohort-read.ts';
import { newestOnly } from '../../src/lib/newest-only.ts';
import { throttle } from '../../src/lib/throttle.ts';
import { decodeShare, encodeShare, SHARE_FORMAT, SHARE_VERSION, type SharePayload } from '../../src/progress/shares.ts';

const OUTLINE: CohortOutline = { modules: [], instruments: [], scenarios: {} };
const share = (n: number, name: string): SharePayload => ({
  format: SHARE_FORMAT,
  version: SHARE_VERSION,
  learner: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name,
  sharedAt: '2026-11-20T10:00:00.000Z',
});

describe('reading a cohort’s links', () => {
  it('opens each line through the share door, with or without its address, and summarises them in line order', async () => {
    const ana = await encodeShare(share(1, 'Ana'));
    const bo = await encodeShare(share(2, 'Bo'), { passphrase: 'north star' });
    const lines = cohortLines(`https://example.invalid/shared/#${ana}\n\nnot a link\n${bo}\n${ana.slice(0, -30)}`);
    const cohort = await readCohort(lines, { decode: decodeShare, passphrase: 'north star', outline: OUTLINE });
    expect(cohort.links).toBe(4);
    expect(cohort.participants.map((p) => [p.name, p.line])).toEqual([
      ['Ana', 1],
      ['Bo', 4],
    ]);
    expect(cohort.problems).toEqual([
      { line: 3, problem: 'not-a-share' },
      { line: 5, problem: 'incomplete' },
    ]);
  });

  it('counts a link whose opening throws (WebCrypto missing, say) as damaged, and reads the rest', async () => {
    const ana = await encodeShare(share(1, 'Ana'));
    const decode: DecodeShare = (fragment, options) =>
      fragment.startsWith('1.e.') ? Promise.reject(new TypeError('crypto.subtle is undefined')) : decodeShare(fragment, options);
    const lines = cohortLines(`1.e.40.abc.salt.iv.data\n${ana}`);
    const cohort = await readCohort(lines, { decode, passphrase: '', outline: OUTLINE });
    expect(cohort.problems).toEqual([{ line: 1, problem: 'damaged' }]);
    expect(cohort.participants.map((p) => p.name)).toEqual(['Ana']);
  });

  it('says how many links are read as each one is, ending with all of them', async () => {
    const links = await Promise.all([1, 2, 3].map((n) => encodeShare(share(n, `P${n}`))));
    const seen: [number, number][] = [];
    await readCohort(cohortLines(links.join('\n')), {
      decode: decodeShare,
      passphrase: '',
      outline: OUTLINE,
      onRead: (done, total) => seen.push([done, total]),
    });
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('puts the progress in words', () => {
    expect(readingProgress(0, 40)).toBe('Reading 40 links…');
    expect(readingProgress(12, 40)).toBe('Read 12 of 40 links…');
    expect(readingProgress(0, 1)).toBe('Reading 1 link…');
  });
});

describe('newest only', () => {
  it('aborts the request before when a newer one starts, so its result is dropped', () => {
    const requests = newestOnly();
    expect(requests.started).toBe(false);
    const first = requests.start();
    expect(requests.started).toBe(true);
    expect(first.aborted).toBe(false);
    const second = requests.start();
    expect(first.aborted).toBe(true);
    expect(second.aborted).toBe(false);
  });

  it('stops a read that was overtaken from opening more links, and never gives its result', async () => {
    const links = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => encodeShare(share(n, `P${n}`))));
    const requests = newestOnly();
    const signal = requests.start();
    let opened = 0;
    const decode: DecodeShare = (fragment, options) => {
      opened++;
      return decodeShare(fragment, options);
    };
    const overtaken = readCohort(cohortLines(links.join('\n')), {
      decode,
      passphrase: '',
      outline: OUTLINE,
      signal,
      onRead: (done) => {
        if (done === 1) requests.start();
      },
    });
    await expect(overtaken).rejects.toThrow(/abort/i);
    expect(opened).toBeLessThan(links.length);
  });
});

describe('throttle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes the first value at once, then at most one value each interval: the newest, never leaving it unsaid', () => {
    const said: string[] = [];
    const say = throttle((text: string) => said.push(text), 2_000);
    say.call('a');
    expect(said).toEqual(['a']);
    say.call('b');
    say.call('c');
    vi.advanceTimersByTime(1_999);
    expect(said).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(said).toEqual(['a', 'c']);
    vi.advanceTimersByTime(10_000);
    expect(said).toEqual(['a', 'c']);
    say.call('d');
    expect(said).toEqual(['a', 'c', 'd']);
  });

  it('says a value now when asked, dropping any still waiting', () => {
    const said: string[] = [];
    const say = throttle((text: string) => said.push(text), 2_000);
    say.call('a');
    say.call('b');
    say.now('done');
    expect(said).toEqual(['a', 'done']);
    // Within the interval of "done", so this one waits, and cancelling drops it.
    say.call('next');
    say.cancel();
    vi.advanceTimersByTime(10_000);
    expect(said).toEqual(['a', 'done']);
  });
});
