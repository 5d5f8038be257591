/**
 * A Storage with the browser's interface, for running the real storage engine in Node. It can be made to fail
 * writes like a full browser store: over a character quota, or always.
 */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  /** Characters in use, kept up to date so a write costs the same however much is stored, as in a browser. */
  private used = 0;
  /** Total characters (keys and values) allowed, like a browser's quota; Infinity by default. */
  quota = Infinity;
  /** Makes every write throw, whatever its size. */
  failWrites = false;

  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const previous = this.items.get(key);
    const after = this.used - (previous === undefined ? 0 : key.length + previous.length) + key.length + String(value).length;
    if (this.failWrites || after > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, String(value));
    this.used = after;
  }
  removeItem(key: string) {
    const previous = this.items.get(key);
    if (previous !== undefined) this.used -= key.length + previous.length;
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
    this.used = 0;
  }
  /** Everything stored, for assertions. */
  dump(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}
