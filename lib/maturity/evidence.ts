// Evidence for the maturity questionnaire from the org's own data (docs/design.md §7),
// over the last 30 full UTC days before `now`: one item per question marked
// `evidence`, measured with the same queries the dashboards use (P&L, routing,
// quality, budgets) so the figures match those pages. An item without data says
// so (measured:false, answer null): a missing figure is never guessed as "no".
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { resolveFilters } from "@/lib/filters/schema";
import { formatCount, formatMoney, formatPercent } from "@/lib/format/number";
import { loadBudgetRows } from "@/lib/budgets/rows";
import { pnlStatus } from "@/lib/pnl/maths";
import { getPnl } from "@/lib/pnl/queries";
import { getQuality } from "@/lib/quality/queries";
import { getRouting } from "@/lib/routing/queries";
import { currentQuestionnaire, type Answer } from "@/lib/maturity/questions";
import type { StepOverrides } from "@/lib/maturity/scoring";
import type { EvidenceItem, EvidenceResponse } from "@/lib/maturity/schemas";
import { DAY_MS, isoDay, utcMidnight } from "@/lib/time/utc-days";

/** Days of data the evidence reads: the last 30 full UTC days before today. */
export const EVIDENCE_DAYS = 30;

export function evidencePeriod(now: Date): { from: string; to: string } {
  const today = utcMidnight(now);
  return { from: isoDay(today - EVIDENCE_DAYS * DAY_MS), to: isoDay(today - DAY_MS) };
}

/**
 * When a share answers "yes" or "partly", in percent (`partly: 0`: any share above 0).
 * Priced events: tracking you can trust needs nearly all of them. Revenue, budgets
 * and 100× health: 80% of the features or teams. Routing: the 40% of §7's level 4.
 * Quality: half the events carrying a signal is continuous monitoring (evaluators
 * often sample).
 */
export const THRESHOLDS = {
  priced: { yes: 95, partly: 50 },
  revenue: { yes: 80, partly: 0 },
  routing: { yes: 40, partly: 20 },
  budgets: { yes: 80, partly: 0 },
  healthyAt100x: { yes: 80, partly: 0 },
  quality: { yes: 50, partly: 0 },
} as const;

/** A share's answer against its thresholds, compared exactly on the counts (n of d, d > 0). */
export function shareAnswer(n: number, d: number, t: { yes: number; partly: number }): Answer {
  if (100 * n >= t.yes * d) return "yes";
  return (t.partly === 0 ? n > 0 : 100 * n >= t.partly * d) ? "partly" : "no";
}

/** Up to three names, then "and N more". */
function names(list: string[]): string {
  return list.length <= 3 ? list.join(", ") : `${list.slice(0, 3).join(", ")} and ${list.length - 3} more`;
}
const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

type Measure = { measured: true; answer: Answer; figure: string; value: number; step?: { text: string; href?: string } } | { measured: false; figure: string };
const notYet = (why: string): Measure => ({ measured: false, figure: `Not measured yet: ${why}` });
/** Shares to 4 decimals: precise enough to show, and the same after a round trip through the stored snapshot (jsonb). */
const ratio = (n: number, d: number) => Math.round((n / d) * 10_000) / 10_000;

type Period = { from: string; to: string };

/** Share of events with a cost: every event is priced (not `unpriced`), from the daily rollups. */
async function pricedShare(orgId: string, p: Period): Promise<Measure> {
  const [r] = await sqlRows<{ requests: string; unpriced: string; unpriced_models: number }>(
    getPool(),
    `WITH m AS (
       SELECT provider, model, sum(requests) AS requests, sum(unpriced_requests) AS unpriced
         FROM daily_rollups WHERE org_id = $1 AND day BETWEEN $2 AND $3 GROUP BY provider, model
     )
     SELECT coalesce(sum(requests), 0)::text AS requests, coalesce(sum(unpriced), 0)::text AS unpriced,
            (count(*) FILTER (WHERE unpriced > 0))::int AS unpriced_models
       FROM m`,
    [orgId, p.from, p.to],
  );
  const requests = Number(r.requests);
  if (requests === 0) return notYet("no events in the period");
  const priced = requests - Number(r.unpriced);
  const answer = shareAnswer(priced, requests, THRESHOLDS.priced);
  const missing = r.unpriced_models > 0 ? ` (${plural(r.unpriced_models, "model")} without a price)` : "";
  return {
    measured: true,
    answer,
    value: ratio(priced, requests),
    figure: `${formatPercent(priced / requests)} of ${formatCount(requests)} events priced${missing}`,
    step: r.unpriced_models > 0 ? { text: `Add prices for the ${plural(r.unpriced_models, "unpriced model")} (${formatCount(Number(r.unpriced))} events cost $0 today)`, href: "/settings/prices" } : undefined,
  };
}

/** Revenue coverage and health at 100× volume, from the P&L of the period (lib/pnl/queries.ts). */
async function pnlEvidence(orgId: string, p: Period, now: Date): Promise<{ revenue: Measure; healthy: Measure }> {
  const f = resolveFilters({ from: p.from, to: p.to }, now);
  const pnl = await getPnl(orgId, f, { previous: false, users: false });
  const spending = pnl.features.filter((x) => BigInt(x.tokenCostNano) > 0n);
  const earning = pnl.features.filter((x) => BigInt(x.revenueNano) > 0n);
  const withRevenue = spending.filter((x) => BigInt(x.revenueNano) > 0n);
  const without = spending.filter((x) => BigInt(x.revenueNano) === 0n);

  const revenue: Measure =
    spending.length === 0
      ? notYet("no feature had spend in the period")
      : {
          measured: true,
          answer: shareAnswer(withRevenue.length, spending.length, THRESHOLDS.revenue),
          value: ratio(withRevenue.length, spending.length),
          figure: `${withRevenue.length} of ${plural(spending.length, "feature")} with spend ${withRevenue.length === 1 ? "has" : "have"} revenue entered`,
          step: without.length ? { text: `Enter revenue for ${plural(without.length, "feature")}: ${names(without.map((x) => x.name))}` } : undefined,
        };

  // a feature is healthy at 100× when its projected margin stays ≥ 50% (the P&L's scale projection)
  const unhealthy = earning.filter((x) => pnlStatus(x.projection.x100.marginPct) !== "healthy");
  const healthyCount = earning.length - unhealthy.length;
  const healthy: Measure =
    earning.length === 0
      ? notYet("no feature has revenue entered")
      : {
          measured: true,
          answer: shareAnswer(healthyCount, earning.length, THRESHOLDS.healthyAt100x),
          value: ratio(healthyCount, earning.length),
          figure: `${healthyCount} of ${plural(earning.length, "feature")} with revenue ${healthyCount === 1 ? "keeps" : "keep"} a healthy margin (≥ 50%) at 100× volume`,
          step: unhealthy.length ? { text: `Review the ${plural(unhealthy.length, "feature")} whose margin falls below 50% at 100× volume: ${names(unhealthy.map((x) => x.name))}` } : undefined,
        };
  return { revenue, healthy };
}

/** Routing savings against an all-frontier bill: the routing API's savings ratio (lib/routing/queries.ts). */
async function routingSavings(orgId: string, p: Period, now: Date): Promise<Measure> {
  const r = await getRouting(orgId, resolveFilters({ from: p.from, to: p.to }, now));
  if (r.requests === 0) return notYet("no events in the period");
  if (r.savingsRatio === null) return notYet("no priced frontier model to compare against in the period");
  const saved = BigInt(r.savingsNano);
  const bill = BigInt(r.costNano) + saved;
  // compared exactly on the nano-USD sums (the ratio is savings / (cost + savings))
  const atLeast = (pct: number) => 100n * saved >= BigInt(pct) * bill;
  const answer: Answer = atLeast(THRESHOLDS.routing.yes) ? "yes" : atLeast(THRESHOLDS.routing.partly) ? "partly" : "no";
  return {
    measured: true,
    answer,
    value: ratio(r.savingsRatio, 1),
    figure: `Routing saved ${formatPercent(r.savingsRatio)} of an all-frontier bill (${formatMoney(saved)} of ${formatMoney(bill)})`,
    step: answer === "yes" ? undefined : { text: `Route more traffic below the frontier tier: savings are ${formatPercent(r.savingsRatio)} of an all-frontier bill, the goal is 40%` },
  };
}

/** Teams with spend in the period that have a team budget with alert thresholds (lib/budgets/rows.ts). */
async function teamBudgets(orgId: string, p: Period): Promise<Measure> {
  const [teams, budgets] = await Promise.all([
    sqlRows<{ id: string; name: string }>(
      getPool(),
      `SELECT t.id, t.name FROM daily_rollups x JOIN teams t ON t.org_id = x.org_id AND t.id = x.team_id
        WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3
        GROUP BY t.id, t.name HAVING sum(x.cost_nano) > 0 ORDER BY sum(x.cost_nano) DESC, t.name`,
      [orgId, p.from, p.to],
    ),
    loadBudgetRows(orgId, `b.scope = 'team'`),
  ]);
  if (teams.length === 0) return notYet("no team had spend in the period");
  const alerting = new Set(budgets.filter((b) => b.thresholds.length > 0).map((b) => b.teamId));
  const silent = new Set(budgets.filter((b) => b.thresholds.length === 0).map((b) => b.teamId));
  const covered = teams.filter((t) => alerting.has(t.id));
  const uncovered = teams.filter((t) => !alerting.has(t.id));
  const quiet = uncovered.filter((t) => silent.has(t.id)).length;
  return {
    measured: true,
    answer: shareAnswer(covered.length, teams.length, THRESHOLDS.budgets),
    value: ratio(covered.length, teams.length),
    figure: `${covered.length} of ${plural(teams.length, "team")} with spend ${covered.length === 1 ? "has" : "have"} a budget with alerts${quiet ? ` (${plural(quiet, "team")} with a budget but no alert thresholds)` : ""}`,
    step: uncovered.length ? { text: `Set budgets with alerts for the ${plural(uncovered.length, "team")} without one: ${names(uncovered.map((t) => t.name))}` } : undefined,
  };
}

/**
 * Quality signals present, from the quality view of the period (lib/quality/queries.ts).
 * The rollups count each signal separately, so the share is that of the most widely
 * sent signal (at least that many events carry one).
 */
async function qualitySignals(orgId: string, p: Period, now: Date): Promise<Measure> {
  const q = await getQuality(orgId, resolveFilters({ from: p.from, to: p.to }, now));
  const n = q.overall.requests;
  if (n === 0) return notYet("no events in the period");
  const o = q.overall;
  const carried = Math.max(o.scored, o.hallucinationChecked, o.guardrailChecked);
  const answer = shareAnswer(carried, n, THRESHOLDS.quality);
  const parts = o.scored || o.hallucinationChecked || o.guardrailChecked
    ? ` (score ${formatPercent(o.scored / n)}, hallucination check ${formatPercent(o.hallucinationChecked / n)}, guardrail flag ${formatPercent(o.guardrailChecked / n)})`
    : "";
  return {
    measured: true,
    answer,
    value: ratio(carried, n),
    figure: `${formatPercent(carried / n)} of ${formatCount(n)} events carry a quality signal${parts}`,
    step: answer === "yes" ? undefined : { text: `Send quality signals (score, hallucination, guardrail) with your events: ${formatPercent(carried / n)} carry one today` },
  };
}

/**
 * Anomaly alerts configured: the detector runs on every org's spend (lib/alerts/anomalies.ts),
 * so what decides is where its alerts go: an enabled webhook (Slack or signed JSON) is
 * "yes", the in-app inbox alone "partly".
 */
async function anomalyAlerts(orgId: string): Promise<Measure> {
  const [r] = await sqlRows<{ n: number }>(getPool(), `SELECT count(*)::int AS n FROM webhook_endpoints WHERE org_id = $1 AND enabled`, [orgId]);
  return r.n > 0
    ? { measured: true, answer: "yes", value: r.n, figure: `Anomaly detection is on; its alerts go to the inbox and ${plural(r.n, "webhook")}` }
    : { measured: true, answer: "partly", value: 0, figure: "Anomaly detection is on, but its alerts reach only the in-app inbox (no webhook)", step: { text: "Send alerts to Slack or a webhook so cost spikes reach the team", href: "/settings/webhooks" } };
}

/** Where each evidence question's figure comes from, and the page that shows it. */
const SOURCES: Record<string, { measure: keyof Measures; href: string }> = {
  "l1-spend-known": { measure: "priced", href: "/overview" },
  "l2-cost-monitoring": { measure: "priced", href: "/overview" },
  "l3-unit-economics": { measure: "revenue", href: "/pnl" },
  "l3-team-budgets": { measure: "budgets", href: "/budgets" },
  "l4-routing-savings": { measure: "routing", href: "/routing" },
  "l4-anomaly-alerts": { measure: "anomalies", href: "/alerts" },
  "l5-quality-monitoring": { measure: "quality", href: "/quality" },
  "l5-feature-pnl": { measure: "revenue", href: "/pnl" },
  "l6-margins-100x": { measure: "healthy", href: "/pnl" },
};
type Measures = { priced: Measure; revenue: Measure; healthy: Measure; routing: Measure; budgets: Measure; quality: Measure; anomalies: Measure };

export type MeasuredEvidence = EvidenceResponse & { steps: StepOverrides };

/** The evidence at `now`, with the next-step wording its figures give (used when an assessment is submitted). */
export async function measureEvidence(orgId: string, now = new Date()): Promise<MeasuredEvidence> {
  const qn = currentQuestionnaire();
  const period = evidencePeriod(now);
  const [priced, pnl, routing, budgets, quality, anomalies] = await Promise.all([
    pricedShare(orgId, period),
    pnlEvidence(orgId, period, now),
    routingSavings(orgId, period, now),
    teamBudgets(orgId, period),
    qualitySignals(orgId, period, now),
    anomalyAlerts(orgId),
  ]);
  const measures: Measures = { priced, revenue: pnl.revenue, healthy: pnl.healthy, routing, budgets, quality, anomalies };
  const evidence: EvidenceItem[] = [];
  const steps: Record<string, { text: string; href?: string }> = {};
  for (const q of qn.questions.filter((x) => x.evidence)) {
    const source = SOURCES[q.id];
    const m: Measure = source ? measures[source.measure] : notYet("no data source for this question");
    const href = source?.href ?? q.step.href;
    evidence.push(m.measured ? { questionId: q.id, measured: true, answer: m.answer, figure: m.figure, value: m.value, href } : { questionId: q.id, measured: false, answer: null, figure: m.figure, value: null, href });
    if (m.measured && m.step) steps[q.id] = m.step;
  }
  return { version: qn.version, period, evidence, steps };
}

/** GET /api/v1/maturity/evidence. */
export async function getEvidence(orgId: string, now = new Date()): Promise<EvidenceResponse> {
  const { steps: _steps, ...rest } = await measureEvidence(orgId, now);
  return rest;
}
