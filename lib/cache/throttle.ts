// "At most once per interval per key" for process-local background work (folding
// rollups, requesting an alert evaluation): the first call for a key passes, calls
// within the next `intervalMs` do not. Keys live in an LRU, so an open-ended key
// space (org ids) cannot grow the process.
import { LruCache } from "@/lib/cache/lru";

export class IntervalThrottle {
  readonly #last: LruCache<string, number>;

  constructor(readonly intervalMs: number, maxKeys = 10_000) {
    this.#last = new LruCache(maxKeys);
  }

  /** True when `key` has not passed within `intervalMs` before `now` (and its interval starts now); else false. */
  take(key: string, now = Date.now()): boolean {
    const last = this.#last.get(key);
    if (last !== undefined && now - last < this.intervalMs) return false;
    this.#last.set(key, now);
    return true;
  }

  /** Let the next `take` of `key` pass (the work it allowed failed). */
  forget(key: string): void {
    this.#last.delete(key);
  }
}

/**
 * Process-local background work per key (an org): `run` starts at most once every
 * `everyMs` per key and works in the background; a failure is logged as `what`
 * and tried again at the next interval. The returned function says whether a run
 * started.
 */
export function backgroundTask(what: string, everyMs: number, run: (key: string, now: number) => Promise<unknown>): (key: string, now?: number) => boolean {
  const runs = new IntervalThrottle(everyMs);
  return (key, now = Date.now()) => {
    if (!runs.take(key, now)) return false;
    run(key, now).catch((err) => console.error(`[costwise] ${what} for org ${key} failed: ${(err as Error).message}`));
    return true;
  };
}

/**
 * A backgroundTask whose runs cover everything (`full`) at most once every
 * `fullEveryMs` per key and only the recent part otherwise.
 */
export function backgroundPasses(what: string, everyMs: number, fullEveryMs: number, run: (key: string, full: boolean, now: number) => Promise<unknown>): (key: string, now?: number) => boolean {
  const fullRuns = new IntervalThrottle(fullEveryMs);
  return backgroundTask(what, everyMs, (key, now) => run(key, fullRuns.take(key, now), now));
}
