/**
 * The passphrase lock of a share link, from WebCrypto only: PBKDF2-SHA-256 turns the passphrase and a random salt into
 * an AES-GCM-256 key. The salt and IV travel in the link; the passphrase never does.
 */

/**
 * PBKDF2 rounds: OWASP's figure for PBKDF2-HMAC-SHA256 (2023). Fixed rather than read from the link, so a hostile link
 * cannot make a reader's browser spin for minutes; raising it needs a new envelope version (share-codec.ts).
 */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** AES-GCM appends a 16-byte tag that detects any change to the ciphertext or a wrong key. */
export const TAG_BYTES = 16;

/**
 * The key for a passphrase and salt. The passphrase is normalised (NFC) first, so the same words typed on two
 * systems that compose accents differently still open the link.
 */
async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export interface Sealed {
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

/** Encrypts bytes under a passphrase with a fresh random salt and IV. */
export async function seal(bytes: Uint8Array<ArrayBuffer>, passphrase: string): Promise<Sealed> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, bytes));
  return { salt, iv, data };
}

/** Decrypts sealed bytes, or undefined when the passphrase does not open them. */
export async function unseal({ salt, iv, data }: Sealed, passphrase: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const key = await deriveKey(passphrase, salt);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data));
  } catch {
    return undefined;
  }
}
