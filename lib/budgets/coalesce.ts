// Leading- and trailing-edge throttle per key: the first call fires at once, calls
// within the next `windowMs` are folded into one call at the window's end, and
// that call opens a new window. So a key fires at most once per window, and a
// call is never followed by silence: the last one always fires within `windowMs`.
// Pure apart from the timer functions, which tests replace.

type Timers = { set: (fn: () => void, ms: number) => unknown };
const realTimers: Timers = {
  set: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.(); // a pending trailing call never keeps a process alive
    return t;
  },
};

export class Coalescer {
  readonly #windows = new Map<string, { pending: boolean }>();

  constructor(
    readonly windowMs: number,
    private readonly fire: (key: string) => void,
    private readonly timers: Timers = realTimers,
  ) {}

  call(key: string): void {
    const open = this.#windows.get(key);
    if (open) {
      open.pending = true;
      return;
    }
    this.fire(key);
    this.#open(key);
  }

  #open(key: string): void {
    const w = { pending: false };
    this.#windows.set(key, w);
    this.timers.set(() => {
      this.#windows.delete(key);
      if (!w.pending) return;
      this.fire(key);
      this.#open(key);
    }, this.windowMs);
  }
}
