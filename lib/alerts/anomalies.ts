// Spend anomalies: hourly (hourly_rollups) and daily (daily_rollups) cost series
// per org, team, feature and model over the last eight weeks, each run through
// the detector (lib/anomaly); recent episodes become alerts, one per spike
// (lib/alerts/anomaly-choice.ts), each saying what, how far above expected, since
// when, and the top model and end user. The series are aggregated in SQL; only
// the per-hour sums (hours × keys) reach JavaScript.
import "server-only";
import type pg from "pg";
import { getPool } from "@/lib/db";
import { sqlRows, type Queryable } from "@/lib/database/pool";
import { hourlyCostSeries, SERIES_KEY_SQL, type HourlySeriesBy } from "@/lib/rollups/hourly";
import { describeEpisode, findEpisodes, type Episode } from "@/lib/anomaly/episodes";
import { DAY_MS, HOUR_MS } from "@/lib/anomaly/detect";
import { chooseEpisodes, type Candidate, type Subject } from "@/lib/alerts/anomaly-choice";
import { raiseAlerts, type NewAlert } from "@/lib/alerts/create";
import { isoDay } from "@/lib/time/utc-days";
import { loadEntityNames, type EntityNames } from "@/lib/teams/names";

/** History the baselines see (six weeks of same hour-of-week, plus slack). */
const HISTORY_MS = 56 * DAY_MS;
/** Episodes that ended longer ago than this are history, not news. */
export const DEFAULT_LOOKBACK_MS = 6 * HOUR_MS;

type Found = Candidate & { episode: Episode; subject: Subject };

async function dailyCostSeries(db: Queryable, orgId: string, from: Date, to: Date, by: HourlySeriesBy) {
  const rows = await sqlRows<{ key: string; day: string; cost: string }>(
    db,
    `SELECT ${SERIES_KEY_SQL[by]} AS key, day, sum(cost_nano)::text AS cost FROM daily_rollups
      WHERE org_id = $1 AND day >= $2::date AND day < $3::date GROUP BY 1, 2 HAVING sum(requests) <> 0 ORDER BY 2, 1`,
    [orgId, isoDay(from.getTime()), isoDay(to.getTime())],
  );
  return rows.map((r) => ({ key: r.key, t: Date.parse(`${r.day}T00:00:00Z`), usd: Number(r.cost) / 1e9 }));
}

/** Dense per-key series from each key's first point to the last complete interval (missing buckets are "no spend": 0). */
function densify(points: { key: string; t: number; usd: number }[], intervalMs: number, until: number): Map<string, { t: number; value: number }[]> {
  const byKey = new Map<string, Map<number, number>>();
  for (const p of points) {
    const m = byKey.get(p.key) ?? new Map<number, number>();
    m.set(p.t, (m.get(p.t) ?? 0) + p.usd);
    byKey.set(p.key, m);
  }
  const out = new Map<string, { t: number; value: number }[]>();
  for (const [key, m] of byKey) {
    const first = Math.min(...m.keys());
    const series = [];
    for (let t = first; t < until; t += intervalMs) series.push({ t, value: m.get(t) ?? 0 });
    out.set(key, series);
  }
  return out;
}

function subjectFilter(s: Subject, params: unknown[]): string {
  if (s.by === "org") return "";
  params.push(s.by === "model" ? s.key.slice(0, s.key.indexOf("/")) : s.key);
  if (s.by === "model") {
    params.push(s.key.slice(s.key.indexOf("/") + 1));
    return ` AND provider = $${params.length - 1} AND model = $${params.length}`;
  }
  return ` AND ${s.by === "team" ? "team_id" : "feature_id"} = $${params.length}::uuid`;
}

/** The [from, to) window of an episode. */
const windowOf = (f: Candidate) => [new Date(f.start), new Date(f.end + f.intervalMs)] as const;

/** The "provider/model" that spent most in the episode (from the hourly rollups; a model subject is its own). */
async function topModel(db: Queryable, orgId: string, f: Candidate): Promise<string | null> {
  if (f.subject.by === "model") return f.subject.key;
  const params: unknown[] = [orgId, ...windowOf(f)];
  const [row] = await sqlRows<{ k: string }>(db, `SELECT ${SERIES_KEY_SQL.model} AS k FROM hourly_rollups WHERE org_id = $1 AND hour >= $2 AND hour < $3${subjectFilter(f.subject, params)} GROUP BY 1 ORDER BY sum(cost_nano) DESC, 1 LIMIT 1`, params);
  return row?.k ?? null;
}

/** The end user who spent most in the episode (raw events of its window: asked only for the episodes alerted on). */
async function topUser(db: Queryable, orgId: string, f: Candidate): Promise<string | null> {
  const params: unknown[] = [orgId, ...windowOf(f)];
  const [row] = await sqlRows<{ k: string }>(db, `SELECT end_user_id AS k FROM usage_events WHERE org_id = $1 AND ts >= $2 AND ts < $3 AND end_user_id IS NOT NULL${subjectFilter(f.subject, params)} GROUP BY 1 ORDER BY sum(cost_nano) DESC, 1 LIMIT 1`, params);
  return row?.k ?? null;
}

/** Anomaly alerts raised in the last eight days, as candidates (so a spike is never alerted twice, whatever level found it first). */
async function raisedEpisodes(db: Queryable, orgId: string, now: Date): Promise<Candidate[]> {
  const rows = await sqlRows<{ details: { by: Subject["by"]; subjectKey: string; teamId?: string | null; topModel?: string | null; intervalMs: number; start: string; lastPoint: string } }>(
    db,
    `SELECT details FROM alerts WHERE org_id = $1 AND kind = 'anomaly' AND details ? 'lastPoint' AND (details->>'lastPoint')::timestamptz > $2`,
    [orgId, new Date(now.getTime() - 8 * DAY_MS)],
  );
  return rows.map(({ details: d }) => ({ subject: { by: d.by, key: d.subjectKey, teamId: d.teamId ?? null, topModel: d.topModel ?? null }, intervalMs: d.intervalMs, start: Date.parse(d.start), end: Date.parse(d.lastPoint) }));
}

const SERIES_BY: HourlySeriesBy[] = ["org", "team", "feature", "model"];

/** Detect recent anomaly episodes for `orgId` at `now` and raise alerts for the new ones; returns their ids. */
export async function evaluateAnomalies(orgId: string, now: Date, opts: { lookbackMs?: number; client?: pg.PoolClient } = {}): Promise<string[]> {
  const lookback = opts.lookbackMs ?? DEFAULT_LOOKBACK_MS;
  const db: Queryable = opts.client ?? getPool();
  const from = new Date(now.getTime() - HISTORY_MS);
  const hourEnd = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const dayEnd = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const names = await loadEntityNames(db, orgId);
  const found: Found[] = [];
  for (const by of SERIES_BY) {
    const [hourly, daily] = await Promise.all([
      hourlyCostSeries(db, orgId, { from, to: new Date(hourEnd), by }).then((rows) => rows.map((r) => ({ key: r.key, t: r.hour.getTime(), usd: Number(r.costNano) / 1e9 }))),
      dailyCostSeries(db, orgId, from, new Date(dayEnd), by),
    ]);
    for (const [intervalMs, points, until] of [[HOUR_MS, hourly, hourEnd], [DAY_MS, daily, dayEnd]] as const) {
      for (const [key, series] of densify(points, intervalMs, until)) {
        for (const episode of findEpisodes(series, { intervalMs, now })) {
          if (episode.end + intervalMs < now.getTime() - lookback) continue;
          const subject: Subject = { by, key, teamId: by === "feature" ? (names.features.get(key)?.teamId ?? null) : undefined };
          found.push({ subject, intervalMs, start: episode.start, end: episode.end, episode });
        }
      }
    }
  }
  if (found.length === 0) return [];
  // every episode's top model first: containment (a feature inside its model) needs it
  for (const f of found) f.subject.topModel = await topModel(db, orgId, f);
  const chosen = chooseEpisodes(found, await raisedEpisodes(db, orgId, now));
  const alerts: NewAlert[] = [];
  for (const f of chosen) alerts.push(toAlert(f, { model: f.subject.topModel ?? null, user: await topUser(db, orgId, f) }, names, now));
  return raiseAlerts(orgId, alerts, opts.client);
}

function subjectNames(s: Subject, names: EntityNames) {
  const feature = s.by === "feature" ? names.features.get(s.key) : undefined;
  const team = s.by === "team" ? names.teams.get(s.key) : feature?.teamId ? names.teams.get(feature.teamId) : undefined;
  const model = s.by === "model" ? s.key : null;
  const label = s.by === "org" ? "All AI spend" : s.by === "model" ? s.key : (feature?.name ?? team?.name ?? s.key);
  return { feature, team, model, label };
}

function toAlert(f: Found, top: { model: string | null; user: string | null }, names: EntityNames, now: Date): NewAlert {
  const { feature, team, model, label } = subjectNames(f.subject, names);
  const ep = f.episode;
  const { title, message } = describeEpisode(ep, { subject: label, topModel: top.model ?? undefined, topUser: top.user ?? undefined });
  const interval = f.intervalMs === HOUR_MS ? "hour" : "day";
  const nano = (usd: number) => BigInt(Math.round(usd * 1e9)).toString();
  const startDay = isoDay(ep.start);
  const linkParams = new URLSearchParams({ from: isoDay(ep.start - 6 * DAY_MS), to: isoDay(Math.max(ep.end, now.getTime() - DAY_MS)) });
  if (feature) linkParams.set("feature", feature.key);
  else if (team) linkParams.set("team", team.key);
  if (model) {
    linkParams.set("provider", model.slice(0, model.indexOf("/")));
    linkParams.set("model", model.slice(model.indexOf("/") + 1));
  }
  return {
    kind: "anomaly",
    dedupeKey: `anomaly:${interval}:${f.subject.by}:${f.subject.key}:${new Date(ep.start).toISOString()}`,
    title,
    message,
    details: {
      by: f.subject.by, subjectKey: f.subject.key, subject: label, teamId: f.subject.teamId ?? null, topModel: f.subject.topModel ?? null,
      team: team?.key ?? null, feature: feature?.key ?? null, model: model ? model.slice(model.indexOf("/") + 1) : null,
      interval, intervalMs: f.intervalMs, start: new Date(ep.start).toISOString(), lastPoint: new Date(ep.end).toISOString(), startDay,
      actualNano: nano(ep.actualSum), expectedNano: nano(ep.expectedSum), deltaNano: nano(ep.deltaSum), ratio: ep.ratio,
      topUser: top.user, ongoing: ep.ongoing, at: now.toISOString(),
      link: `/overview?${linkParams}`,
    },
  };
}
