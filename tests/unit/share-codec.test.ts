import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  MAX_SHARE_NAME_LENGTH,
  SHARE_FORMAT,
  SHARE_VERSION,
  SharePayloadV1,
  MAX_SHARE_JSON_BYTES,
  MAX_SHARE_LINK_LENGTH,
  SHARE_PROBLEM_MESSAGES,
  ShareSizeError,
  decodeShare,
  encodeShare,
  migrateShare,
  type ShareOptions,
  type SharePayload,
  type ShareProblem,
  type ShareResult,
} from '../../src/progress/shares.ts';
import { checksum, deflate, fromBase64url, toBase64url } from '../../src/progress/share-bytes.ts';

const learner = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
const at = '2026-11-24T10:00:00.000Z';
const base: SharePayload = { format: SHARE_FORMAT, version: SHARE_VERSION, learner, sharedAt: at };

const attempt = (completedAt: string, level: number) => ({
  completedAt,
  exercise: 'start-here-competency-baseline',
  ratings: { 'systems-thinking': level, 'strategic-thinking': level + 1 },
  evidence: { 'systems-thinking': 'I ran the incident review <b>myself</b>.' },
  version: 2,
});

const PARTS = {
  name: { name: 'Ana María 🌱' },
  assessments: { assessments: { competencies: { attempts: [attempt('2026-09-01T09:00:00.000Z', 2), attempt(at, 3)] } } },
  completed: { completed: ['start-here', 'from-output-to-leverage'] },
  reflections: {
    reflections: {
      'start-here-why-now': {
        text: 'مرحبا بالعالم — <script>alert(1)</script> & “quotes” 👩🏽‍💻\r\nline two',
        savedAt: at,
        lesson: 'start-here',
      },
      'old-reflection': { text: '', savedAt: at },
    },
  },
  scenarios: { scenarios: { 'delegation-call': { option: 'coach-first', answeredAt: at, lesson: 'leading-leaders' } } },
  commitments: {
    commitments: {
      'capstone-commitments': {
        items: [
          { id: 'c1', text: 'Hold weekly 1:1s <img src=x onerror=alert(1)>', target: 'Day 30', done: false, updatedAt: at },
        ],
        lesson: 'capstone',
      },
    },
  },
} satisfies Record<string, Partial<SharePayload>>;

const everything: SharePayload = { ...base, ...Object.values(PARTS).reduce((all, part) => ({ ...all, ...part }), {}) };

const problem = async (fragment: string, passphrase?: string): Promise<ShareProblem | 'ok'> => {
  const options: ShareOptions = { passphrase };
  const result: ShareResult = await decodeShare(fragment, options);
  return result.ok ? 'ok' : result.problem;
};

/** A plain link around any bytes, built as the codec would build it, so damage can be made on purpose. */
const plainLink = async (compressed: Uint8Array<ArrayBuffer>) =>
  ['1', 'p', compressed.byteLength, await checksum(compressed), toBase64url(compressed)].join('.');
const linkOfJson = async (json: string) => plainLink(await deflate(new TextEncoder().encode(json)));

describe('share links round trip', () => {
  it.each(Object.entries(PARTS))('carries %s alone, exactly', async (_, part) => {
    const payload = { ...base, ...part };
    const link = await encodeShare(payload);
    expect(link).toMatch(/^1\.p\.\d+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(await decodeShare(link)).toEqual({ ok: true, payload });
  });

  it('carries nothing but who and when by default', async () => {
    expect(await decodeShare(await encodeShare(base))).toEqual({ ok: true, payload: base });
  });

  it('carries every part together, text exactly as written (markup, emoji, right-to-left, CRLF)', async () => {
    const result = await decodeShare(`#${await encodeShare(everything)}`);
    expect(result).toEqual({ ok: true, payload: everything });
    if (result.ok) expect(result.payload.reflections?.['start-here-why-now']?.text).toContain('<script>alert(1)</script>');
  });

  it('carries every part with a passphrase, which never appears in the link', async () => {
    const passphrase = 'correct horse battery staple';
    const link = await encodeShare(everything, { passphrase });
    expect(link).toMatch(/^1\.e\.\d+\.[\w-]{11}\.[\w-]{22}\.[\w-]{16}\.[\w-]+$/);
    expect(link).not.toContain('horse');
    expect(link).not.toContain(toBase64url(new TextEncoder().encode(passphrase)));
    expect(await decodeShare(link, { passphrase })).toEqual({ ok: true, payload: everything });
  });

  it('opens with the same passphrase however its accents were composed', async () => {
    const link = await encodeShare(base, { passphrase: 'caf\u00e9' });
    expect(await problem(link, 'cafe\u0301')).toBe('ok');
  });

  it('never makes the same encrypted link twice (fresh salt and IV)', async () => {
    const [a, b] = await Promise.all([encodeShare(base, { passphrase: 'x' }), encodeShare(base, { passphrase: 'x' })]);
    expect(a.split('.')[4]).not.toBe(b.split('.')[4]);
    expect(a.split('.')[5]).not.toBe(b.split('.')[5]);
  });

  it('refuses to make a link from a payload that would not open', async () => {
    const bad = { ...base, reflections: { 'Not An Id': { text: 'x', savedAt: at } } } as SharePayload;
    await expect(encodeShare(bad)).rejects.toThrow(RangeError);
    await expect(encodeShare({ ...base, name: 'x'.repeat(MAX_SHARE_NAME_LENGTH + 1) })).rejects.toThrow(RangeError);
    expect(v.is(SharePayloadV1, { ...base, name: 'x'.repeat(MAX_SHARE_NAME_LENGTH) })).toBe(true);
    expect(v.is(SharePayloadV1, bad)).toBe(false);
  });
});

describe('a bad share link gets its own problem and a message', () => {
  it('has a plain, distinct message for every problem', () => {
    const messages = Object.values(SHARE_PROBLEM_MESSAGES);
    expect(messages).toHaveLength(9);
    expect(new Set(messages).size).toBe(9);
    for (const message of messages) expect(message).toMatch(/^[A-Z].{30,}\.$/s);
  });

  it('empty', async () => {
    expect(await problem('')).toBe('empty');
    expect(await problem('#')).toBe('empty');
    expect(await problem('  \n')).toBe('empty');
  });

  it('not a share', async () => {
    expect(await problem('#section-2')).toBe('not-a-share');
    expect(await problem('hello.world')).toBe('not-a-share');
    expect(await problem('0.p.1.a.b')).toBe('not-a-share');
  });

  it('incomplete: a real link cut short anywhere', async () => {
    for (const link of [await encodeShare(everything), await encodeShare(base, { passphrase: 'p' })]) {
      const cuts = [1, 2, 3, 5, 12, 20, 30, 40, 60, Math.floor(link.length / 2), link.length - 2, link.length - 1];
      for (const cut of cuts) expect([cut, await problem(link.slice(0, cut), 'p')]).toEqual([cut, 'incomplete']);
    }
  });

  it('damaged: any character of the data changed', async () => {
    const link = await encodeShare(everything);
    const dataStart = link.lastIndexOf('.') + 1;
    for (const at of [dataStart, dataStart + 7, Math.floor((dataStart + link.length) / 2), link.length - 1]) {
      const changed = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
      expect([at, await problem(changed)]).toEqual([at, 'damaged']);
    }
    expect(await problem(`${link}AAAA`)).toBe('damaged');
    expect(await problem(`${link.slice(0, -1)}+`)).toBe('damaged');
  });

  it('damaged, never a quietly different share: each character of the data changed in turn', async () => {
    const link = await encodeShare({ ...base, ...PARTS.reflections });
    const dataStart = link.lastIndexOf('.') + 1;
    const problems = new Set<string>();
    for (let at = dataStart; at < link.length; at++) {
      problems.add(await problem(link.slice(0, at) + (link[at] === 'q' ? 'r' : 'q') + link.slice(at + 1)));
    }
    expect([...problems]).toEqual(['damaged']);
  });

  it('damaged: a changed checksum on intact data', async () => {
    const link = await encodeShare(base);
    const fields = link.split('.');
    fields[3] = (fields[3]?.[0] === 'A' ? 'B' : 'A') + (fields[3]?.slice(1) ?? '');
    expect(await problem(fields.join('.'))).toBe('damaged');
  });

  it('damaged: base64url spelled any way but the one the codec writes', () => {
    expect(fromBase64url('AA')).toEqual(new Uint8Array([0]));
    // 'AB' has the same first byte but sets bits the byte does not use: a changed character must not read as the same.
    expect(fromBase64url('AB')).toBeUndefined();
    expect(fromBase64url('AA==')).toBeUndefined();
    expect(fromBase64url('A+/A')).toBeUndefined();
    expect(fromBase64url('AAAAA')).toBeUndefined();
  });

  it('damaged: a changed checksum, salt or IV is caught before any passphrase is tried', async () => {
    const link = await encodeShare(base, { passphrase: 'p' });
    const fields = link.split('.');
    for (const field of [3, 4, 5]) {
      const changed = fields.map((f, i) => (i === field ? (f[0] === 'A' ? 'B' : 'A') + f.slice(1) : f)).join('.');
      expect([field, await problem(changed)]).toEqual([field, 'damaged']);
    }
  });

  it('damaged: intact bytes that are not deflate, not UTF-8, not JSON, or not a share', async () => {
    expect(await problem(await plainLink(new Uint8Array([0xff, 0xff, 0xff, 0xff])))).toBe('damaged');
    expect(await problem(await plainLink(await deflate(new Uint8Array([0xc3, 0x28]))))).toBe('damaged');
    expect(await problem(await linkOfJson('{"format":"fbe-share",'))).toBe('damaged');
    expect(await problem(await linkOfJson('[1,2,3]'))).toBe('damaged');
    expect(await problem(await linkOfJson(JSON.stringify({ ...base, format: 'fbe-progress' })))).toBe('damaged');
    expect(await problem(await linkOfJson(JSON.stringify({ ...base, extra: 1 })))).toBe('damaged');
    expect(await problem(await linkOfJson(JSON.stringify({ ...base, learner: 'ana@example.com' })))).toBe('damaged');
  });

  it('newer: a link or a payload from a later version of the course', async () => {
    const link = await encodeShare(base);
    expect(await problem(link.replace(/^1\./, '2.'))).toBe('newer');
    expect(await problem(await linkOfJson(JSON.stringify({ ...base, version: 2, somethingNew: true })))).toBe('newer');
    expect(migrateShare({ ...base, version: 2 })).toEqual({ ok: false, problem: 'newer' });
  });

  it('too long: refused before any work, at once', async () => {
    const started = performance.now();
    expect(await problem(`1.p.52000.${'A'.repeat(70 * 1024)}`)).toBe('too-long');
    expect(await problem('x'.repeat(MAX_SHARE_LINK_LENGTH + 1))).toBe('too-long');
    // Far below the half second one passphrase check takes: nothing was decoded, let alone decrypted.
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('too large: a deflate bomb stops at the cap within a second', async () => {
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const bomb = await plainLink(await deflate(zeros));
    // Small enough to be a link: the cap on decompression, not the cap on length, must stop it.
    expect(bomb.length).toBeLessThan(MAX_SHARE_LINK_LENGTH);
    const started = performance.now();
    expect(await problem(bomb)).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('too large: just over the cap is refused, just under is read', async () => {
    const padded = (bytes: number) => {
      const json = JSON.stringify({ ...base, name: '' });
      return json.slice(0, -1) + ' '.repeat(bytes - json.length) + '}';
    };
    expect(await problem(await linkOfJson(padded(MAX_SHARE_JSON_BYTES + 1)))).toBe('too-large');
    expect(await problem(await linkOfJson(padded(MAX_SHARE_JSON_BYTES)))).toBe('ok');
  });

  it('passphrase needed, then wrong passphrase, then right one', async () => {
    const link = await encodeShare({ ...base, ...PARTS.reflections }, { passphrase: 'tea at four' });
    expect(await problem(link)).toBe('passphrase-needed');
    expect(await problem(link, '')).toBe('passphrase-needed');
    expect(await problem(link, 'tea at five')).toBe('wrong-passphrase');
    expect(await problem(link, 'tea at four')).toBe('ok');
  });

  it('a passphrase given for a plain link is not needed and does no harm', async () => {
    expect(await problem(await encodeShare(base), 'unused')).toBe('ok');
  });
});

describe('prototype keys in a share', () => {
  const hostile = [
    `{"format":"fbe-share","version":1,"learner":"${learner}","sharedAt":"${at}","reflections":{"__proto__":{"text":"x","savedAt":"${at}"}}}`,
    `{"format":"fbe-share","version":1,"learner":"${learner}","sharedAt":"${at}","scenarios":{"constructor":{"option":"a","answeredAt":"${at}"}}}`,
    `{"format":"fbe-share","version":1,"learner":"${learner}","sharedAt":"${at}","__proto__":{"polluted":true}}`,
    `{"format":"fbe-share","version":1,"learner":"${learner}","sharedAt":"${at}","assessments":{"competencies":{"attempts":[{"completedAt":"${at}","exercise":"x","ratings":{"__proto__":3}}]}}}`,
  ];

  it.each(hostile)('are refused and never reach Object.prototype: %s', async (json) => {
    expect(await problem(await linkOfJson(json))).toBe('damaged');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('text');
    expect(Object.prototype).not.toHaveProperty('option');
  });

  it('are refused by the payload check as well, even without the strict parse', () => {
    for (const json of hostile) expect(migrateShare(JSON.parse(json))).toEqual({ ok: false, problem: 'damaged' });
  });
});

describe('the builder refuses a link its reader would refuse', () => {
  // Letters in a pseudo-random order barely compress, so this is long however it is packed.
  const noise = (length: number) => {
    let seed = 7;
    return Array.from({ length }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
  };

  it('too long, with its length', async () => {
    const payload = { ...base, reflections: { big: { text: noise(90_000), savedAt: at } } };
    const error: unknown = await encodeShare(payload, { passphrase: 'p' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShareSizeError);
    expect(error).toMatchObject({ problem: 'too-long', limit: MAX_SHARE_LINK_LENGTH });
    expect((error as ShareSizeError).size).toBeGreaterThan(MAX_SHARE_LINK_LENGTH);
  });

  it('too large, when the text compresses well but unpacks past the cap', async () => {
    const reflections = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`r-${i}`, { text: 'I will delegate more. '.repeat(4_500), savedAt: at }]),
    );
    await expect(encodeShare({ ...base, reflections })).rejects.toMatchObject({ problem: 'too-large' });
  });
});
