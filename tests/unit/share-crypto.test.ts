import { describe, expect, it } from 'vitest';
import { PBKDF2_ITERATIONS, decodeShare, encodeShare, type SharePayload } from '../../src/progress/shares.ts';
import { checksum, deflate, fromBase64url, toBase64url } from '../../src/progress/share-bytes.ts';

/**
 * The passphrase lock, checked against WebCrypto directly rather than through the codec's own helpers: a link the
 * codec makes opens with the documented recipe, and a link made with the recipe opens in the codec only with the
 * documented number of PBKDF2 rounds.
 */
const payload: SharePayload = {
  format: 'fbe-share',
  version: 1,
  learner: '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b',
  sharedAt: '2026-11-24T10:00:00.000Z',
  name: 'Sam',
};
const passphrase = 'a long walk home';

const keyFor = async (salt: Uint8Array<ArrayBuffer>, iterations: number) =>
  crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']),
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );

describe('the passphrase lock', () => {
  it('uses at least the 600,000 PBKDF2 rounds OWASP asks for', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('makes links that open with PBKDF2-SHA-256 at those rounds and AES-GCM-256, salt and IV from the link', async () => {
    const [, , , , salt = '', iv = '', data = ''] = (await encodeShare(payload, { passphrase })).split('.');
    const key = await keyFor(fromBase64url(salt) ?? new Uint8Array(), PBKDF2_ITERATIONS);
    const compressed = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64url(iv) ?? new Uint8Array() },
      key,
      fromBase64url(data) ?? new Uint8Array(),
    );
    const json = await new Response(new Blob([compressed]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
    expect(JSON.parse(json)).toEqual(payload);
  });

  it('opens links only with those rounds', async () => {
    const compressed = await deflate(new TextEncoder().encode(JSON.stringify(payload)));
    const linkWith = async (iterations: number) => {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = new Uint8Array(
        await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await keyFor(salt, iterations), compressed),
      );
      const sum = await checksum(salt, iv, data);
      return ['1', 'e', data.byteLength, sum, toBase64url(salt), toBase64url(iv), toBase64url(data)].join('.');
    };
    expect(await decodeShare(await linkWith(PBKDF2_ITERATIONS), { passphrase })).toEqual({ ok: true, payload });
    expect(await decodeShare(await linkWith(PBKDF2_ITERATIONS - 1), { passphrase })).toEqual({
      ok: false,
      problem: 'wrong-passphrase',
    });
  });
});
