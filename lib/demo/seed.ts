// Writes the demo org in one transaction: a run cut off half-way leaves nothing,
// and the next run starts over.
import type pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { displayPrefix, hashApiKey } from "@/lib/auth/api-keys";
import { API_KEY_SCOPES } from "@/lib/auth/api-key-scopes";
import { insertEventRows } from "@/lib/ingest/insert-events";
import { rebuildDailyRollups } from "@/lib/rollups/rebuild";
import { evaluateAnomalies } from "@/lib/alerts/anomalies";
import { catalogPrice } from "@/lib/pricing/catalog";
import { defaultTier } from "@/lib/pricing/tiers";
import { generateDemoEvents, type FeatureMonthStats } from "@/lib/demo/generate";
import { DEMO_FEATURES, DEMO_REFERENCE_MODEL, DEMO_TEAMS } from "@/lib/demo/scenario";
import { inTransaction, sqlRows } from "@/lib/database/pool";
import { evaluateBudgetAlerts } from "@/lib/budgets/alerts";

export const DEMO_ORG_SLUG = "demo";
export const DEMO_USERS = [
  { email: "admin@demo.costwise.dev", name: "Ada Admin", role: "admin" },
  { email: "lead@demo.costwise.dev", name: "Lee Lead", role: "lead" },
  { email: "viewer@demo.costwise.dev", name: "Vic Viewer", role: "viewer" },
] as const;

export type SeedOptions = {
  /** org slug; "demo" unless a test needs several orgs */
  slug?: string;
  password: string;
  apiKey: string;
  seed?: number;
  days?: number;
  end?: Date;
  onProgress?: (done: number, total: number) => void;
};

const NANO = 1_000_000_000n;

async function one<T>(c: pg.PoolClient, text: string, values: unknown[]): Promise<T> {
  return (await sqlRows<T>(c, text, values))[0];
}

/** Create the demo org with users, teams, features, usage, revenue, budgets and alerts. Returns the org id and event count. */
export async function seedDemo(c: pg.PoolClient, opts: SeedOptions): Promise<{ orgId: string; events: number }> {
  const days = opts.days ?? 90;
  const end = opts.end ?? new Date();
  return inTransaction(c, async () => {
    const org = await one<{ id: string }>(
      c,
      `INSERT INTO orgs (name, slug, reference_frontier_provider, reference_frontier_model) VALUES ('Demo Inc', $1, $2, $3) RETURNING id`,
      [opts.slug ?? DEMO_ORG_SLUG, DEMO_REFERENCE_MODEL.provider, DEMO_REFERENCE_MODEL.model],
    );
    const orgId = org.id;
    const hash = await hashPassword(opts.password);
    const userIds: Record<string, string> = {};
    for (const u of DEMO_USERS) {
      const row = await one<{ id: string }>(
        c,
        `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3)
         ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash RETURNING id`,
        [u.email, u.name, hash],
      );
      userIds[u.role] = row.id;
      await c.query(`INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, $3)`, [orgId, row.id, u.role]);
    }
    const teamIds: Record<string, string> = {};
    for (const t of DEMO_TEAMS) {
      teamIds[t.key] = (await one<{ id: string }>(c, `INSERT INTO teams (org_id, key, name) VALUES ($1, $2, $3) RETURNING id`, [orgId, t.key, t.name])).id;
    }
    await c.query(`INSERT INTO team_leads (org_id, team_id, user_id) VALUES ($1, $2, $3)`, [orgId, teamIds[DEMO_TEAMS[0].key], userIds.lead]);
    const featureIds: Record<string, string> = {};
    for (const f of DEMO_FEATURES) {
      featureIds[f.key] = (
        await one<{ id: string }>(c, `INSERT INTO features (org_id, key, name, team_id, revenue_model) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
          orgId, f.key, f.name, teamIds[f.team], f.revenueModel,
        ])
      ).id;
    }

    // Usage events, in chunks, with progress.
    const stats: FeatureMonthStats = new Map();
    const expected = estimateDemoEvents(days);
    let events = 0;
    for (const chunk of generateDemoEvents({ seed: opts.seed ?? 42, days, end, ids: { team: teamIds, feature: featureIds } }, stats)) {
      events += (await insertEventRows(c, orgId, chunk)).length;
      opts.onProgress?.(events, Math.max(expected, events));
    }
    await rebuildDailyRollups(c, orgId);
    const endDay = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate());
    await writeEconomics(c, orgId, featureIds, stats, { start: endDay - (days - 1) * 86_400_000, end: end.getTime() });
    await writeModelTiers(c, orgId);
    await writeBudgetsAndAlerts(c, orgId, teamIds, featureIds, end);
    // the injected spike's alert comes from the detector itself, as it would have live
    await evaluateAnomalies(orgId, end, { lookbackMs: 7 * 86_400_000, client: c });

    await c.query(`INSERT INTO api_keys (org_id, name, prefix, hash, scopes, created_by_id) VALUES ($1, 'Demo key', $2, $3, $4, $5)`, [
      orgId, displayPrefix(opts.apiKey), hashApiKey(opts.apiKey), [...API_KEY_SCOPES], userIds.admin,
    ]);
    await c.query(`INSERT INTO audit_logs (org_id, actor_user_id, action, target, details) VALUES ($1, $2, 'demo.seeded', 'org', $3)`, [
      orgId, userIds.admin, JSON.stringify({ events, days }),
    ]);
    return { orgId, events };
  });
}

/** Rough event count for progress display (weekday volume × 5/7 + weekend). */
export function estimateDemoEvents(days: number): number {
  const perWeekday = DEMO_FEATURES.reduce((s, f) => s + f.weekdayRequests * ((f.steps[0] + f.steps[1]) / 2), 0);
  return Math.round(perWeekday * ((5 + 2 * 0.45) / 7) * 0.875 * days);
}

/** The share (0–1] of month `YYYY-MM`'s time that the generated data covers. */
export function monthCoverage(month: string, span: { start: number; end: number }): number {
  const [y, m] = month.split("-").map(Number);
  const from = Date.UTC(y, m - 1, 1);
  const to = Date.UTC(y, m, 1);
  const covered = Math.min(to, span.end) - Math.max(from, span.start);
  return Math.min(1, Math.max(0, covered / (to - from)));
}

/** Revenue priced so each feature lands near its target margin; other AI costs per month. */
async function writeEconomics(c: pg.PoolClient, orgId: string, featureIds: Record<string, string>, stats: FeatureMonthStats, span: { start: number; end: number }) {
  for (const f of DEMO_FEATURES) {
    const months = [...(stats.get(f.key) ?? new Map()).entries()];
    const otherNano = BigInt(Math.round((f.otherMonthlyUsd?.usd ?? 0) * 1e9));
    if (f.otherMonthlyUsd) {
      for (const [month] of months) {
        await c.query(`INSERT INTO feature_costs (org_id, feature_id, month, category, amount_nano) VALUES ($1, $2, $3, $4, $5)`, [
          orgId, featureIds[f.key], `${month}-01`, f.otherMonthlyUsd.category, otherNano.toString(),
        ]);
      }
    }
    const keep = BigInt(Math.round((1 - f.targetMargin) * 10_000));
    if (f.revenueModel === "monthly") {
      for (const [month, s] of months) {
        // a month the data covers only partly (the first, and the current one) is billed for the
        // whole month: its cost so far scaled to the month, so prorated views keep the target margin
        const share = BigInt(Math.max(1, Math.round(monthCoverage(month, span) * 1e6)));
        const monthCost = (s.costNano * 1_000_000n) / share;
        const revenue = (((monthCost + otherNano) * 10_000n) / keep / NANO) * NANO; // whole dollars
        await c.query(`INSERT INTO feature_revenues (org_id, feature_id, month, amount_nano) VALUES ($1, $2, $3, $4)`, [
          orgId, featureIds[f.key], `${month}-01`, revenue.toString(),
        ]);
      }
    } else {
      const cost = months.reduce((sum, [, s]) => sum + s.costNano + otherNano, 0n);
      const units = months.reduce((sum, [, s]) => sum + (f.revenueModel === "per_request" ? s.requests : s.users.size), 0);
      const unitPrice = (cost * 10_000n) / keep / BigInt(Math.max(1, units));
      const rounded = ((unitPrice + 500_000n) / 1_000_000n) * 1_000_000n; // to 0.1 cent
      await c.query(`UPDATE features SET unit_price_nano = $3 WHERE org_id = $1 AND id = $2`, [orgId, featureIds[f.key], rounded.toString()]);
    }
  }
}

async function writeModelTiers(c: pg.PoolClient, orgId: string) {
  const models = await sqlRows<{ provider: string; model: string }>(c, `SELECT DISTINCT provider, model FROM daily_rollups WHERE org_id = $1`, [orgId]);
  for (const { provider, model } of models) {
    const price = catalogPrice(model, provider);
    if (!price) continue;
    await c.query(`INSERT INTO model_tiers (org_id, provider, model, tier) VALUES ($1, $2, $3, $4)`, [orgId, provider, model, defaultTier(price.prices)]);
  }
}

async function writeBudgetsAndAlerts(c: pg.PoolClient, orgId: string, teamIds: Record<string, string>, featureIds: Record<string, string>, end: Date) {
  const monthStart = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1));
  const daysInMonth = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  const elapsed = Math.max(1, end.getUTCDate());
  const spend = await sqlRows<{ team_id: string; cost: bigint }>(
    c,
    `SELECT team_id, sum(cost_nano)::int8 AS cost FROM daily_rollups WHERE org_id = $1 AND day >= $2 GROUP BY team_id`,
    [orgId, monthStart.toISOString().slice(0, 10)],
  );
  const mtd = new Map(spend.map((r) => [r.team_id, r.cost]));
  const factor: Record<string, number> = { support: 1.4, growth: 1.1, platform: 0.9 };
  const ten = 10n * NANO;
  let platformBudget = "";
  for (const [key, teamId] of Object.entries(teamIds)) {
    const spent = mtd.get(teamId) ?? 0n;
    const basis = key === "platform" ? spent : (spent * BigInt(daysInMonth)) / BigInt(elapsed);
    // whole $10s: rounded down for the team that must already be over budget, up for the others
    const scaled = BigInt(Math.round(Number(basis / NANO) * factor[key])) * NANO;
    const amount = factor[key] < 1 ? (scaled / ten) * ten : ((scaled + ten - 1n) / ten) * ten;
    const budget = await one<{ id: string }>(
      c,
      `INSERT INTO budgets (org_id, name, scope, team_id, period, amount_nano, hard) VALUES ($1, $2, 'team', $3, 'month', $4, $5) RETURNING id`,
      [orgId, `${DEMO_TEAMS.find((t) => t.key === key)?.name ?? key} monthly budget`, teamId, amount.toString(), key === "platform"],
    );
    if (key === "platform") platformBudget = budget.id;
  }
  // a feature budget too: support chat's week, at 1.2 × its last full week, whole $10s up
  const weekStart = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate()) - ((end.getUTCDay() + 6) % 7) * 86_400_000;
  const [lastWeek] = await sqlRows<{ cost: bigint }>(
    c,
    `SELECT coalesce(sum(cost_nano), 0)::int8 AS cost FROM daily_rollups WHERE org_id = $1 AND feature_id = $2 AND day >= $3::date AND day < $4::date`,
    [orgId, featureIds["support-chat"], new Date(weekStart - 7 * 86_400_000).toISOString().slice(0, 10), new Date(weekStart).toISOString().slice(0, 10)],
  );
  const weekly = (((lastWeek.cost * 12n) / 10n + ten - 1n) / ten) * ten;
  await c.query(`INSERT INTO budgets (org_id, name, scope, feature_id, period, amount_nano, thresholds) VALUES ($1, 'Support chat weekly budget', 'feature', $2, 'week', $3, $4)`, [
    orgId, featureIds["support-chat"], (weekly > 0n ? weekly : ten).toString(), [80, 100],
  ]);
  // The alerts the evaluator raises for these budgets (platform's thresholds, any
  // forecast breach), as it would after ingest; platform's earlier ones already seen.
  await evaluateBudgetAlerts(orgId, end, c);
  await c.query(
    `UPDATE alerts SET status = 'acknowledged', acknowledged_at = created_at
      WHERE org_id = $1 AND kind = 'budget_threshold' AND budget_id = $2 AND (details->>'threshold')::int < 100`,
    [orgId, platformBudget],
  );
}
