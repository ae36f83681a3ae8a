// UTC calendar days as `YYYY-MM-DD` strings. Every "last N days" window is
// computed here from an injected `now`, never from the database's current_date
// (whose meaning depends on the session zone and on the real clock).

export const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of the UTC day containing `t` (epoch ms). */
export const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** Epoch ms of 00:00 UTC of the day containing `now`. */
export function utcMidnight(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/** The first day of the `days`-day window ending with today (UTC), today included. */
export function windowStart(days: number, now: Date): string {
  return isoDay(utcMidnight(now) - (days - 1) * DAY_MS);
}
