// One alert per spike, not one per series it shows up in: a feature's spike also
// lifts its team, its model and the org, hourly and daily. Pure: given every
// recent episode (per subject and interval) and the anomaly alerts already
// raised, choose the episodes to alert on. The most specific, finest series wins
// (hourly before daily; feature, then model, team, org); an episode is dropped
// when an overlapping chosen one sits inside its subject (a feature inside its
// team, its top model or the org), or when an overlapping alert raised earlier
// covers it either way (an org-level alert earlier, a feature-level one now).

export const ANOMALY_SUBJECTS = ["feature", "model", "team", "org"] as const;
export type AnomalyBy = (typeof ANOMALY_SUBJECTS)[number];

export type Subject = {
  by: AnomalyBy;
  /** feature or team id, "provider/model", or "" for the org */
  key: string;
  /** a feature's team id */
  teamId?: string | null;
  /** the model that spent most in the episode (a feature's or team's) */
  topModel?: string | null;
};

export type Candidate = { subject: Subject; intervalMs: number; start: number; end: number };

/** [start, end + interval) of an episode (end is its last point's start). */
const span = (c: Candidate) => [c.start, c.end + c.intervalMs] as const;

export function overlaps(a: Candidate, b: Candidate): boolean {
  const [as, ae] = span(a);
  const [bs, be] = span(b);
  return as < be && bs < ae;
}

/** Whether `inner`'s spend is part of `outer`'s (the same subject included). */
export function within(inner: Subject, outer: Subject): boolean {
  if (outer.by === "org") return true;
  if (inner.by === outer.by) return inner.key === outer.key;
  if (inner.by === "feature" && outer.by === "team") return inner.teamId === outer.key;
  if (outer.by === "model" && (inner.by === "feature" || inner.by === "team")) return inner.topModel === outer.key;
  return false;
}

const rank = (c: Candidate) => c.intervalMs * 10 + ANOMALY_SUBJECTS.indexOf(c.subject.by);

/** The candidates to alert on, in processing order (finest, most specific first). */
export function chooseEpisodes<T extends Candidate>(candidates: readonly T[], raised: readonly Candidate[]): T[] {
  const chosen: T[] = [];
  for (const c of [...candidates].sort((a, b) => rank(a) - rank(b) || a.start - b.start)) {
    const coveredEarlier = raised.some((r) => overlaps(r, c) && (within(r.subject, c.subject) || within(c.subject, r.subject)));
    const coveredNow = chosen.some((x) => overlaps(x, c) && within(x.subject, c.subject));
    if (!coveredEarlier && !coveredNow) chosen.push(c);
  }
  return chosen;
}
