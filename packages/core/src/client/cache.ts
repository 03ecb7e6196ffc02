/** Options of a `PromiseCache`. */
export interface PromiseCacheOptions {
  /** Most entries kept; the least recently used goes first. `0` keeps nothing. */
  readonly maxEntries: number;
  /** How long a fulfilled entry stays, in milliseconds. Pending entries never expire. */
  readonly maxAge: number;
  /** The clock, in milliseconds (tests pass a fake one). */
  readonly now?: () => number;
}

interface Entry<T> {
  readonly value: T;
  /** When the entry expires; `Infinity` while its promise is pending. */
  expiresAt: number;
}

/**
 * A bounded LRU cache of values tied to a promise, for sharing requests: an entry is kept while its promise
 * is pending and for `maxAge` after it fulfils, and is evicted as soon as it rejects, so failures are never
 * served again. Evictions check identity, so a late rejection never removes a newer entry under the same key.
 *
 * @example
 * const cache = new PromiseCache<Promise<Lieu>>({ maxEntries: 50, maxAge: 60_000 });
 * let request = cache.get(url);
 * if (!request) cache.add(url, (request = load(url)), request);
 */
export class PromiseCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly maxEntries: number;
  private readonly maxAge: number;
  private readonly now: () => number;

  constructor(options: PromiseCacheOptions) {
    this.maxEntries = Math.max(0, Math.floor(options.maxEntries));
    this.maxAge = options.maxAge;
    this.now = options.now ?? Date.now;
  }

  /** Number of entries, expired ones included until they are next looked up. */
  get size(): number {
    return this.entries.size;
  }

  /** The live value under `key` (and marks it as recently used), or `undefined`. */
  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  /**
   * Stores `value` under `key` until `settled` rejects, or until `maxAge` after it fulfils; evicts the least
   * recently used entries beyond `maxEntries`.
   */
  add(key: string, value: T, settled: Promise<unknown>): void {
    if (this.maxEntries === 0) return;
    const entry: Entry<T> = { value, expiresAt: Infinity };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    settled.then(
      () => {
        entry.expiresAt = this.now() + this.maxAge;
      },
      () => this.delete(key, value),
    );
  }

  /** Removes the entry under `key`; when `value` is given, only if it is still the stored one. */
  delete(key: string, value?: T): void {
    const entry = this.entries.get(key);
    if (entry && (value === undefined || entry.value === value)) this.entries.delete(key);
  }

  /** Removes every entry. */
  clear(): void {
    this.entries.clear();
  }
}
