// A bounded in-memory cache that forgets the least recently used entry first.
// For process-local caches whose key space is open-ended (model names, org ids
// from requests): a plain Map there grows for as long as the process lives.
// Built on Map's insertion order: a hit re-inserts the key, so the first key is
// always the least recently used one. Every operation is O(1). Client-safe.

export class LruCache<K, V> {
  readonly #entries = new Map<K, V>();
  readonly maxEntries: number;

  constructor(maxEntries: number) {
    if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries must be a positive integer, got ${maxEntries}`);
    this.maxEntries = maxEntries;
  }

  /** The value for `key` (marking it most recently used), or undefined. */
  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key) as V;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Whether `key` is cached, without changing its recency (so `undefined` values are distinguishable). */
  has(key: K): boolean {
    return this.#entries.has(key);
  }

  /** Store `value` as the most recently used entry, evicting the least recently used one when full. */
  set(key: K, value: V): this {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value as K);
    return this;
  }

  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}
