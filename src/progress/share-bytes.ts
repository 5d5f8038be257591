/**
 * The byte plumbing of share links, on the platform's own streams and WebCrypto: deflate-raw both ways (inflating
 * stops at a cap, so a tiny link cannot unpack into gigabytes), base64url without padding, and a short checksum.
 */

/** Byte strings one after the other. */
const joined = async (parts: Uint8Array<ArrayBuffer>[]) => new Uint8Array(await new Blob(parts).arrayBuffer());

/** Compresses bytes with deflate-raw. */
export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Inflates deflate-raw bytes, or says why not: 'too-large' as soon as the output passes `cap` bytes (the stream is
 * cancelled there, so nothing past the cap is ever produced), 'damaged' when the bytes are not valid deflate.
 */
export async function inflate(
  bytes: Uint8Array<ArrayBuffer>,
  cap: number,
): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; problem: 'too-large' | 'damaged' }> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > cap) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, problem: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  return { ok: true, bytes: await joined(chunks) };
}

/** The number of base64url characters (no padding) that `bytes` bytes take. */
export const base64urlLength = (bytes: number) => Math.ceil((bytes * 4) / 3);

export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  // In slices, so a long link does not pass too many arguments at once.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * Reads base64url text, or undefined when it is not base64url. Only the canonical spelling is accepted (the one
 * `toBase64url` writes back), so a changed character can never read as the same bytes.
 */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return toBase64url(bytes) === text ? bytes : undefined;
}

/** Bytes of SHA-256 kept as a link's checksum: enough to catch any accidental change, short enough for a link. */
const CHECKSUM_BYTES = 8;
export const CHECKSUM_LENGTH = base64urlLength(CHECKSUM_BYTES);

/** The first bytes of the SHA-256 of some byte strings, one after the other, as base64url. */
export async function checksum(...parts: Uint8Array<ArrayBuffer>[]): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await joined(parts)));
  return toBase64url(digest.subarray(0, CHECKSUM_BYTES));
}
