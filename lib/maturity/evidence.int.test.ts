// Maturity evidence on the demo data (seeded with a fixed clock, as lib/demo/seed.int.test.ts
// does), checked against figures computed here independently, in plain SQL over the raw
// events and the org's tables: priced share, revenue coverage and health at 100× volume,
// routing savings, team budgets, quality signals and where anomaly alerts go. An empty
// org beside it measures nothing (no figure leaks across orgs).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { seedDemo } from "@/lib/demo/seed";
import { DEMO_REFERENCE_MODEL } from "@/lib/demo/scenario";
import { catalogPrice } from "@/lib/pricing/catalog";
import { currentQuestionnaire } from "@/lib/maturity/questions";
import { evidencePeriod, getEvidence, measureEvidence } from "@/lib/maturity/evidence";
import { getAssessment, submitAssessment } from "@/lib/maturity/queries";
import { evidenceSchema, type EvidenceItem } from "@/lib/maturity/schemas";
import { createOrg } from "@/test/fixtures";

const END = new Date("2026-11-24T18:00:00Z"); // the demo's last event
const NOW = new Date("2026-11-25T09:30:00Z"); // evidence reads 2026-10-26 .. 2026-11-24
const FROM_TS = "2026-10-26T00:00:00Z";
const TO_TS = "2026-11-25T00:00:00Z"; // exclusive

/** The answer a share gives with thresholds in percent (`partly` 0: any share above 0). */
const expectedAnswer = (share: number, yes: number, partly: number) => (share * 100 >= yes ? "yes" : (partly === 0 ? share > 0 : share * 100 >= partly) ? "partly" : "no");

describe("maturity evidence on the demo data", () => {
  let orgId: string;
  let empty: Awaited<ReturnType<typeof createOrg>>;
  let items: Map<string, EvidenceItem>;
  const item = (id: string) => items.get(id)!;

  beforeAll(async () => {
    const client = await getPool().connect();
    try {
      ({ orgId } = await seedDemo(client, { slug: "demo-maturity", password: "pw-maturity", apiKey: "cw_live_maturity_test_key", days: 40, end: END }));
    } finally {
      client.release();
    }
    empty = await createOrg(getPool(), "Maturity empty org");
    const e = evidenceSchema.parse(await getEvidence(orgId, NOW));
    items = new Map(e.evidence.map((x) => [x.questionId, x]));
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [[orgId, empty.orgId]]);
  });

  it("covers the last 30 full UTC days before now, one item per evidence question", async () => {
    expect(evidencePeriod(NOW)).toEqual({ from: "2026-10-26", to: "2026-11-24" });
    expect(evidencePeriod(new Date("2026-11-25T00:00:00Z"))).toEqual({ from: "2026-10-26", to: "2026-11-24" });
    const e = await getEvidence(orgId, NOW);
    expect(e.period).toEqual({ from: "2026-10-26", to: "2026-11-24" });
    expect(e.version).toBe("2026-12.1");
    expect(e.evidence.map((x) => x.questionId)).toEqual(currentQuestionnaire().questions.filter((q) => q.evidence).map((q) => q.id));
    // the demo has data for every measure
    expect(e.evidence.every((x) => x.measured && x.answer !== null)).toBe(true);
  });

  it("gives the share of priced events, as counted from the raw events", async () => {
    const [raw] = await sqlRows<{ n: string; unpriced: string; models: string }>(
      getPool(),
      `SELECT count(*) AS n, count(*) FILTER (WHERE cost_source = 'unpriced') AS unpriced,
              count(DISTINCT (provider, model)) FILTER (WHERE cost_source = 'unpriced') AS models
         FROM usage_events WHERE org_id = $1 AND ts >= $2 AND ts < $3`,
      [orgId, FROM_TS, TO_TS],
    );
    const n = Number(raw.n);
    const share = (n - Number(raw.unpriced)) / n;
    expect(n).toBeGreaterThan(50_000);
    expect(Number(raw.unpriced)).toBeGreaterThan(0); // the self-hosted model
    for (const id of ["l1-spend-known", "l2-cost-monitoring"]) {
      expect(item(id)).toMatchObject({ measured: true, answer: expectedAnswer(share, 95, 50), href: "/overview" });
      expect(item(id).value).toBeCloseTo(share, 4);
      expect(item(id).figure).toBe(`${(share * 100).toFixed(1)}% of ${n.toLocaleString("en-US")} events priced (${Number(raw.models)} model${Number(raw.models) === 1 ? "" : "s"} without a price)`);
    }
  });

  it("gives revenue coverage and health at 100× volume, as the P&L rules compute them from the raw tables", async () => {
    // per feature: token cost and requests from the events; other costs and monthly revenue
    // prorated by the days of each month in the period; per-user revenue from each month's
    // distinct end users (exact here, where the P&L uses HyperLogLog sketches)
    const rows = await sqlRows<{ name: string; model: string; t: string; o: string; r: string }>(
      getPool(),
      `WITH months AS (
         SELECT m::date AS month,
                greatest(0, least($3::date, (m + interval '1 month')::date - 1) - greatest($2::date, m::date) + 1)::numeric AS days,
                ((m + interval '1 month')::date - m::date)::numeric AS dim
           FROM generate_series(date_trunc('month', $2::date), $3::date, interval '1 month') AS m
       ),
       ev AS (
         SELECT feature_id, sum(cost_nano)::numeric AS cost, count(*)::numeric AS requests
           FROM usage_events WHERE org_id = $1 AND ts >= $4 AND ts < $5 GROUP BY feature_id
       ),
       users AS (
         SELECT e.feature_id, date_trunc('month', e.ts AT TIME ZONE 'UTC')::date AS month, count(DISTINCT e.end_user_id)::numeric AS n
           FROM usage_events e WHERE e.org_id = $1 AND e.ts >= $4 AND e.ts < $5 AND e.end_user_id IS NOT NULL GROUP BY 1, 2
       )
       SELECT f.name, f.revenue_model::text AS model, coalesce(ev.cost, 0)::text AS t,
              coalesce((SELECT sum(c.amount_nano * m.days / m.dim) FROM feature_costs c JOIN months m ON m.month = c.month WHERE c.org_id = $1 AND c.feature_id = f.id), 0)::text AS o,
              (CASE f.revenue_model
                 WHEN 'monthly' THEN coalesce((SELECT sum(r.amount_nano * m.days / m.dim) FROM feature_revenues r JOIN months m ON m.month = r.month WHERE r.org_id = $1 AND r.feature_id = f.id), 0)
                 WHEN 'per_request' THEN coalesce(f.unit_price_nano, 0) * coalesce(ev.requests, 0)
                 ELSE coalesce((SELECT sum(coalesce(f.unit_price_nano, 0) * u.n * m.days / m.dim) FROM users u JOIN months m ON m.month = u.month WHERE u.feature_id = f.id), 0)
               END)::text AS r
         FROM features f LEFT JOIN ev ON ev.feature_id = f.id
        WHERE f.org_id = $1`,
      [orgId, "2026-10-26", "2026-11-24", FROM_TS, TO_TS],
    );
    const spending = rows.filter((x) => Number(x.t) > 0);
    const withRevenue = spending.filter((x) => Number(x.r) > 0);
    expect(spending.length).toBe(8);
    const coverage = withRevenue.length / spending.length;
    for (const id of ["l3-unit-economics", "l5-feature-pnl"]) {
      expect(item(id)).toMatchObject({ measured: true, answer: expectedAnswer(coverage, 80, 0), href: "/pnl" });
      expect(item(id).value).toBeCloseTo(coverage, 4);
      expect(item(id).figure).toBe(`${withRevenue.length} of ${spending.length} features with spend ${withRevenue.length === 1 ? "has" : "have"} revenue entered`);
    }

    // at 100×: token cost ×100, other costs fixed; per-request and per-user revenue ×100, monthly fixed
    const earning = rows.filter((x) => Number(x.r) > 0);
    const healthy = earning.filter((x) => {
      const revenue = x.model === "monthly" ? Number(x.r) : 100 * Number(x.r);
      const cogs = 100 * Number(x.t) + Number(x.o);
      return (revenue - cogs) / revenue >= 0.5;
    });
    expect(healthy.length).toBeGreaterThan(0);
    expect(healthy.length).toBeLessThan(earning.length); // the monthly-priced features cannot keep up with ×100 cost
    const share = healthy.length / earning.length;
    expect(item("l6-margins-100x")).toMatchObject({ measured: true, answer: expectedAnswer(share, 80, 0), href: "/pnl" });
    expect(item("l6-margins-100x").value).toBeCloseTo(share, 4);
    expect(item("l6-margins-100x").figure).toBe(`${healthy.length} of ${earning.length} features with revenue ${healthy.length === 1 ? "keeps" : "keep"} a healthy margin (≥ 50%) at 100× volume`);
    // the step at submission names the features that fall below
    const m = await measureEvidence(orgId, NOW);
    const unhealthy = earning.filter((x) => !healthy.includes(x)).map((x) => x.name);
    expect(m.steps["l6-margins-100x"]?.text).toContain(`Review the ${unhealthy.length} features whose margin falls below 50% at 100× volume: `);
    expect(m.steps["l6-margins-100x"]?.text).toContain(unhealthy.length > 3 ? `and ${unhealthy.length - 3} more` : unhealthy.at(-1));
  });

  it("gives routing savings against an all-frontier bill on the org's reference model, from the raw events", async () => {
    const ref = catalogPrice(DEMO_REFERENCE_MODEL.model, DEMO_REFERENCE_MODEL.provider, NOW)!;
    const p = ref.prices;
    // small and mid requests priced on the reference (app cache hits cost nothing on any model)
    const [r] = await sqlRows<{ cost: string; savings: string }>(
      getPool(),
      `SELECT sum(e.cost_nano)::text AS cost,
              sum(CASE WHEN e.cache_hit THEN 0 ELSE
                    (greatest(e.input_tokens - e.cached_input_tokens - e.cache_write_tokens, 0) * $4::numeric
                     + e.cached_input_tokens * $5::numeric + e.cache_write_tokens * $6::numeric + e.output_tokens * $7::numeric) / 1e6 + $8::numeric
                  END - e.cost_nano) FILTER (WHERE mt.tier IN ('small', 'mid'))::text AS savings
         FROM usage_events e LEFT JOIN model_tiers mt ON mt.org_id = e.org_id AND mt.provider = e.provider AND mt.model = e.model
        WHERE e.org_id = $1 AND e.ts >= $2 AND e.ts < $3`,
      [orgId, FROM_TS, TO_TS, p.inputPerMtokNano.toString(), (p.cacheReadPerMtokNano ?? p.inputPerMtokNano).toString(), (p.cacheWritePerMtokNano ?? p.inputPerMtokNano).toString(), p.outputPerMtokNano.toString(), (p.perRequestNano ?? 0n).toString()],
    );
    const ratio = Number(r.savings) / (Number(r.cost) + Number(r.savings));
    expect(ratio).toBeGreaterThan(0);
    const got = item("l4-routing-savings");
    expect(got).toMatchObject({ measured: true, href: "/routing" });
    // the routing API prices rollup token sums (cache hits' share removed per row), so only close to the per-event sum
    expect(got.value!).toBeCloseTo(ratio, 2);
    expect(got.answer).toBe(expectedAnswer(got.value!, 40, 20));
    expect(got.figure).toMatch(new RegExp(`^Routing saved ${(got.value! * 100).toFixed(1)}% of an all-frontier bill \\(\\$[\\d,.]+ of \\$[\\d,.]+\\)$`));
  });

  it("counts teams with spend that have a budget with alerts, and says which lack one", async () => {
    const teams = async () => {
      const [t] = await sqlRows<{ spending: string; covered: string }>(
        getPool(),
        `WITH s AS (SELECT team_id FROM usage_events WHERE org_id = $1 AND ts >= $2 AND ts < $3 GROUP BY team_id HAVING sum(cost_nano) > 0)
         SELECT count(*) AS spending,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM budgets b WHERE b.org_id = $1 AND b.scope = 'team' AND b.team_id = s.team_id AND cardinality(b.thresholds) > 0)) AS covered
           FROM s`,
        [orgId, FROM_TS, TO_TS],
      );
      return { spending: Number(t.spending), covered: Number(t.covered) };
    };
    const before = await teams();
    expect(before).toEqual({ spending: 3, covered: 3 });
    expect(item("l3-team-budgets")).toMatchObject({ measured: true, answer: "yes", value: 1, figure: "3 of 3 teams with spend have a budget with alerts", href: "/budgets" });

    // growth's budget loses its thresholds: 2 of 3 (67%) is partly, and growth is named as the gap
    await getPool().query(`UPDATE budgets SET thresholds = '{}' WHERE org_id = $1 AND team_id = (SELECT id FROM teams WHERE org_id = $1 AND key = 'growth')`, [orgId]);
    try {
      expect(await teams()).toEqual({ spending: 3, covered: 2 });
      const m = await measureEvidence(orgId, NOW);
      const b = m.evidence.find((x) => x.questionId === "l3-team-budgets")!;
      expect(b).toMatchObject({ answer: "partly", figure: "2 of 3 teams with spend have a budget with alerts (1 team with a budget but no alert thresholds)" });
      expect(b.value).toBe(0.6667);
      expect(m.steps["l3-team-budgets"]).toEqual({ text: "Set budgets with alerts for the 1 team without one: Growth" });
    } finally {
      await getPool().query(`UPDATE budgets SET thresholds = '{50,80,100}' WHERE org_id = $1 AND scope = 'team'`, [orgId]);
    }
  });

  it("gives the share of events carrying a quality signal (the most widely sent one), from the raw events", async () => {
    const [q] = await sqlRows<{ n: string; scored: string; hallucination: string; guardrail: string }>(
      getPool(),
      `SELECT count(*) AS n, count(quality_score) AS scored, count(hallucination) AS hallucination, count(guardrail_blocked) AS guardrail
         FROM usage_events WHERE org_id = $1 AND ts >= $2 AND ts < $3`,
      [orgId, FROM_TS, TO_TS],
    );
    const n = Number(q.n);
    const share = Math.max(Number(q.scored), Number(q.hallucination), Number(q.guardrail)) / n;
    expect(item("l5-quality-monitoring")).toMatchObject({ measured: true, answer: expectedAnswer(share, 50, 0), href: "/quality" });
    expect(item("l5-quality-monitoring").value).toBeCloseTo(share, 4);
    const pct = (x: string) => `${((Number(x) / n) * 100).toFixed(1)}%`;
    expect(item("l5-quality-monitoring").figure).toBe(
      `${(share * 100).toFixed(1)}% of ${n.toLocaleString("en-US")} events carry a quality signal (score ${pct(q.scored)}, hallucination check ${pct(q.hallucination)}, guardrail flag ${pct(q.guardrail)})`,
    );
  });

  it("says anomaly alerts reach only the inbox without a webhook, and reach the team with one", async () => {
    expect(item("l4-anomaly-alerts")).toMatchObject({ measured: true, answer: "partly", value: 0, href: "/alerts" });
    await getPool().query(`INSERT INTO webhook_endpoints (org_id, name, url, format) VALUES ($1, 'ops', 'https://hooks.example.com/x', 'slack')`, [orgId]);
    try {
      const m = await measureEvidence(orgId, NOW);
      expect(m.evidence.find((x) => x.questionId === "l4-anomaly-alerts")).toMatchObject({ answer: "yes", value: 1, figure: "Anomaly detection is on; its alerts go to the inbox and 1 webhook" });
      expect(m.steps["l4-anomaly-alerts"]).toBeUndefined();
      // a disabled endpoint sends nothing
      await getPool().query(`UPDATE webhook_endpoints SET enabled = false WHERE org_id = $1`, [orgId]);
      expect((await getEvidence(orgId, NOW)).evidence.find((x) => x.questionId === "l4-anomaly-alerts")?.answer).toBe("partly");
    } finally {
      await getPool().query(`DELETE FROM webhook_endpoints WHERE org_id = $1`, [orgId]);
    }
  });

  it("words a submission's next steps from the evidence and keeps the evidence beside an answer that differs from it", async () => {
    const [admin] = await sqlRows<{ id: string }>(getPool(), `SELECT user_id AS id FROM memberships WHERE org_id = $1 AND role = 'admin'`, [orgId]);
    const qn = currentQuestionnaire();
    const answers = { ...Object.fromEntries(qn.questions.map((q) => [q.id, "yes" as const])), "l6-margins-100x": "no" as const, "l6-moat": "no" as const };
    const notes = { "l6-margins-100x": "we reprice the monthly plans next quarter" };
    const created = await submitAssessment(orgId, admin.id, { answers, notes, draft: false }, NOW);
    expect(created).toMatchObject({ level: 5, levelName: "Optimized", percent: 71 });
    const steps = (await measureEvidence(orgId, NOW)).steps;
    expect(created.nextSteps).toEqual([
      { questionId: "l6-margins-100x", level: 6, dimension: "unit-economics", text: steps["l6-margins-100x"]!.text, href: "/launch-review" },
      { questionId: "l6-moat", level: 6, dimension: "scale", text: qn.questions.find((q) => q.id === "l6-moat")!.step.text, href: "/benchmarks" },
    ]);
    const d = await getAssessment(orgId, created.id);
    expect(d.createdAt).toBe(NOW.toISOString());
    expect(d.period).toEqual({ from: "2026-10-26", to: "2026-11-24" });
    expect(d.evidence).toEqual((await getEvidence(orgId, NOW)).evidence);
    expect(d.evidence.find((x) => x.questionId === "l6-margins-100x")?.answer).toBe("partly"); // beside the member's "no" and note
    expect(d).toMatchObject({ answers: { "l6-margins-100x": "no" }, notes });
  });

  it("measures nothing for an org without data (never a guess), whatever another org holds", async () => {
    const e = evidenceSchema.parse(await getEvidence(empty.orgId, NOW));
    for (const x of e.evidence.filter((x) => x.questionId !== "l4-anomaly-alerts")) {
      expect(x, x.questionId).toMatchObject({ measured: false, answer: null, value: null });
      expect(x.figure).toMatch(/^Not measured yet: /);
    }
    expect(e.evidence.find((x) => x.questionId === "l6-margins-100x")?.figure).toBe("Not measured yet: no feature has revenue entered");
    expect(e.evidence.find((x) => x.questionId === "l4-anomaly-alerts")).toMatchObject({ measured: true, answer: "partly" });
  });
});
