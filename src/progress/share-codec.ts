import * as v from 'valibot';
import { SharePayloadV1, migrateShare, type SharePayload } from './share-payload.ts';
import { MAX_SHARE_JSON_BYTES, MAX_SHARE_LINK_LENGTH, type ShareProblem } from './share-problems.ts';
import { CHECKSUM_LENGTH, base64urlLength, checksum, deflate, fromBase64url, inflate, toBase64url } from './share-bytes.ts';
import { IV_BYTES, SALT_BYTES, TAG_BYTES, seal, unseal } from './share-crypto.ts';
import { parseUntrustedJson } from './safe-json.ts';

/**
 * A share link's fragment (the text after `#`, which browsers never send to a server) is a small envelope around the
 * payload's JSON, deflated and, with a passphrase, encrypted:
 *
 *   1.p.<bytes>.<checksum>.<data>               plain
 *   1.e.<bytes>.<checksum>.<salt>.<iv>.<data>   encrypted (AES-GCM-256, key from PBKDF2-SHA-256)
 *
 * `1` is the envelope's version (how the bytes are packed; the payload carries its own version for its shape).
 * `<bytes>` is the data's length in bytes, so a link cut short is told from a changed one; `<checksum>` is the
 * start of the SHA-256 of the bytes as sent (salt, IV and data), so a changed character is caught before any
 * decryption, and a passphrase that fails on intact bytes is known to be the wrong one. Every field is base64url.
 */
const ENVELOPE_VERSION = 1;
const PLAIN_FIELDS = 5;
const ENCRYPTED_FIELDS = 7;

export interface ShareOptions {
  /** Locks the link with this passphrase; an empty one means no passphrase. */
  passphrase?: string | undefined;
}

export type ShareResult = { ok: true; payload: SharePayload } | { ok: false; problem: ShareProblem };

/** Thrown by `encodeShare` when a share would be refused by its reader: the learner must share fewer items. */
export class ShareSizeError extends Error {
  /** 'too-long': the link is over MAX_SHARE_LINK_LENGTH characters; 'too-large': the JSON over MAX_SHARE_JSON_BYTES. */
  readonly problem: 'too-long' | 'too-large';
  /** The link's length in characters ('too-long') or the JSON's size in bytes ('too-large'). */
  readonly size: number;
  readonly limit: number;

  constructor(problem: 'too-long' | 'too-large', size: number, limit: number) {
    super(`A share link would be ${problem} (${size} over the limit of ${limit})`);
    this.name = 'ShareSizeError';
    this.problem = problem;
    this.size = size;
    this.limit = limit;
  }
}

/** The length of the envelope around `dataBytes` bytes of data. */
function envelopeLength(dataBytes: number, encrypted: boolean): number {
  const fields = [String(ENVELOPE_VERSION), 'p', String(dataBytes)];
  const header = fields.join('.').length + 1 + CHECKSUM_LENGTH + 1;
  const lock = encrypted ? base64urlLength(SALT_BYTES) + base64urlLength(IV_BYTES) + 2 : 0;
  return header + lock + base64urlLength(dataBytes);
}

async function compressedJson(payload: SharePayload) {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  if (json.byteLength > MAX_SHARE_JSON_BYTES) throw new ShareSizeError('too-large', json.byteLength, MAX_SHARE_JSON_BYTES);
  return deflate(json);
}

/**
 * The length in characters of the fragment `encodeShare` would make for a payload, with or without a passphrase
 * (a passphrase adds the same few characters whatever it is). It may be over the limit: the panel shows it.
 */
export async function shareLength(payload: SharePayload, options: { encrypted?: boolean } = {}): Promise<number> {
  const compressed = await compressedJson(payload);
  const encrypted = options.encrypted ?? false;
  return envelopeLength(compressed.byteLength + (encrypted ? TAG_BYTES : 0), encrypted);
}

/**
 * The fragment of a share link (without the `#`) for a payload. Throws a RangeError for a payload that would not
 * read back, and a ShareSizeError, before any encryption, when the link would be too long for a reader to open.
 */
export async function encodeShare(payload: SharePayload, options: ShareOptions = {}): Promise<string> {
  if (!v.is(SharePayloadV1, payload)) throw new RangeError('Refusing to share a payload that would not read back');
  const compressed = await compressedJson(payload);
  const passphrase = options.passphrase ?? '';
  const encrypted = passphrase !== '';
  const length = envelopeLength(compressed.byteLength + (encrypted ? TAG_BYTES : 0), encrypted);
  if (length > MAX_SHARE_LINK_LENGTH) throw new ShareSizeError('too-long', length, MAX_SHARE_LINK_LENGTH);

  if (!encrypted) {
    const sum = await checksum(compressed);
    return [ENVELOPE_VERSION, 'p', compressed.byteLength, sum, toBase64url(compressed)].join('.');
  }
  const { salt, iv, data } = await seal(compressed, passphrase);
  const sum = await checksum(salt, iv, data);
  return [ENVELOPE_VERSION, 'e', data.byteLength, sum, toBase64url(salt), toBase64url(iv), toBase64url(data)].join('.');
}

const refuse = (problem: ShareProblem): ShareResult => ({ ok: false, problem });

/** Decodes a field that must be exactly `bytes` long. */
const exactly = (text: string, bytes: number) => (text.length === base64urlLength(bytes) ? fromBase64url(text) : undefined);

/**
 * Opens a share link's fragment (with or without its `#`). Never throws: anything wrong with the link comes back as
 * a problem, checked cheapest first: the length before any work, the envelope before any decoding, the checksum
 * before any decryption, and the decompressed size as it grows.
 */
export async function decodeShare(fragment: string, options: ShareOptions = {}): Promise<ShareResult> {
  const text = fragment.trim().replace(/^#/, '');
  if (text === '') return refuse('empty');
  if (text.length > MAX_SHARE_LINK_LENGTH) return refuse('too-long');

  const fields = text.split('.');
  const [version = '', mode = ''] = fields;
  if (!/^[1-9][0-9]{0,5}$/.test(version)) return refuse('not-a-share');
  if (Number(version) > ENVELOPE_VERSION) return refuse('newer');
  // From here on the link says it is one of ours: whatever is missing was cut off, whatever is wrong was changed.
  if (mode !== 'p' && mode !== 'e') return refuse(mode === '' && fields.length <= 2 ? 'incomplete' : 'damaged');
  const expected = mode === 'p' ? PLAIN_FIELDS : ENCRYPTED_FIELDS;
  if (fields.length < expected) return refuse('incomplete');
  if (fields.length > expected) return refuse('damaged');

  const [, , declared = '', sum = '', ...rest] = fields;
  const dataText = rest.at(-1) ?? '';
  if (!/^[0-9]{1,6}$/.test(declared) || sum.length !== CHECKSUM_LENGTH) return refuse('damaged');
  const dataBytes = Number(declared);
  if (dataText.length < base64urlLength(dataBytes)) return refuse('incomplete');
  if (dataText.length > base64urlLength(dataBytes)) return refuse('damaged');
  const data = fromBase64url(dataText);
  if (!data) return refuse('damaged');

  let compressed: Uint8Array<ArrayBuffer> | undefined = data;
  if (mode === 'e') {
    const [saltText = '', ivText = ''] = rest;
    const salt = exactly(saltText, SALT_BYTES);
    const iv = exactly(ivText, IV_BYTES);
    if (!salt || !iv || (await checksum(salt, iv, data)) !== sum) return refuse('damaged');
    const passphrase = options.passphrase ?? '';
    if (passphrase === '') return refuse('passphrase-needed');
    compressed = await unseal({ salt, iv, data }, passphrase);
    if (!compressed) return refuse('wrong-passphrase');
  } else if ((await checksum(data)) !== sum) return refuse('damaged');

  const inflated = await inflate(compressed, MAX_SHARE_JSON_BYTES);
  if (!inflated.ok) return refuse(inflated.problem);
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return refuse('damaged');
  }
  // Refuses `__proto__`, `constructor` and `prototype` keys anywhere, and absurd nesting, before any check of shape.
  const parsed = parseUntrustedJson(json, 8);
  if (!parsed.ok) return refuse('damaged');
  const migrated = migrateShare(parsed.value);
  return migrated.ok ? { ok: true, payload: migrated.payload } : refuse(migrated.problem);
}
