// Quality figures of a view, from the daily rollups in one grouped query: the
// whole view, per feature and per model (GROUPING SETS), summed over shards.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Filters } from "@/lib/filters/schema";
import { rollupFilterSql } from "@/lib/filters/sql";
import type { Tier } from "@/lib/pricing/tiers";
import { efficientFrontier, meanOf, rateOf } from "@/lib/quality/frontier";
import type { Quality } from "@/lib/quality/schemas";

type Row = {
  grp: "all" | "feature" | "model";
  key: string | null;
  name: string | null;
  provider: string | null;
  model: string | null;
  tier: Tier | null;
  requests: bigint;
  scored: bigint;
  score_sum: number;
  hallucination_checked: bigint;
  hallucinations: bigint;
  guardrail_checked: bigint;
  guardrail_blocks: bigint;
  /** cost per priced request, rounded to the nano; null when nothing was priced */
  cpr: string | null;
};

/** Quality of one org's view (lib/filters): mean score and signal rates overall, per feature and per model, with the cost–quality frontier. */
export async function getQuality(orgId: string, f: Filters): Promise<Quality> {
  const params: unknown[] = [orgId, f.from, f.to];
  const where = rollupFilterSql(f, params);
  const rows = await sqlRows<Row>(
    getPool(),
    `WITH g AS (
       SELECT CASE WHEN grouping(x.feature_id) = 0 THEN 'feature' WHEN grouping(x.provider) = 0 THEN 'model' ELSE 'all' END AS grp,
              x.feature_id, x.provider, x.model,
              sum(x.requests)::int8 AS requests, sum(x.requests - x.unpriced_requests) AS priced, sum(x.cost_nano) AS cost,
              sum(x.quality_scored)::int8 AS scored, sum(x.quality_score_sum) AS score_sum,
              sum(x.hallucination_checked)::int8 AS hallucination_checked, sum(x.hallucinations)::int8 AS hallucinations,
              sum(x.guardrail_checked)::int8 AS guardrail_checked, sum(x.guardrail_blocks)::int8 AS guardrail_blocks
         FROM daily_rollups x
        WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3${where}
        GROUP BY GROUPING SETS ((x.feature_id), (x.provider, x.model), ())
       HAVING sum(x.requests) <> 0 OR grouping(x.feature_id, x.provider, x.model) = 7
     )
     SELECT g.grp, fe.key, fe.name, g.provider, g.model, mt.tier, g.requests, g.scored, g.score_sum,
            g.hallucination_checked, g.hallucinations, g.guardrail_checked, g.guardrail_blocks,
            CASE WHEN g.priced > 0 THEN round(g.cost / g.priced) END AS cpr
       FROM g
       LEFT JOIN features fe ON fe.org_id = $1 AND fe.id = g.feature_id
       LEFT JOIN model_tiers mt ON mt.org_id = $1 AND mt.provider = g.provider AND mt.model = g.model
      ORDER BY g.requests DESC, fe.key, g.provider, g.model`,
    params,
  );
  const figures = (r: Row) => ({
    requests: Number(r.requests),
    scored: Number(r.scored),
    meanScore: meanOf(Number(r.score_sum), Number(r.scored)),
    hallucinationRate: rateOf(Number(r.hallucinations), Number(r.hallucination_checked)),
    guardrailBlockRate: rateOf(Number(r.guardrail_blocks), Number(r.guardrail_checked)),
    costPerRequestNano: r.cpr,
  });
  const all = rows.find((r) => r.grp === "all");
  const models = rows.filter((r) => r.grp === "model").map((r) => ({ provider: r.provider!, model: r.model!, tier: r.tier, ...figures(r) }));
  const efficient = efficientFrontier(models.map((m) => ({ costPerRequestNano: m.costPerRequestNano === null ? null : BigInt(m.costPerRequestNano), meanScore: m.meanScore })));
  const overall = all ? figures(all) : null;
  return {
    from: f.from,
    to: f.to,
    overall: {
      requests: overall?.requests ?? 0,
      scored: overall?.scored ?? 0,
      meanScore: overall?.meanScore ?? null,
      hallucinationChecked: Number(all?.hallucination_checked ?? 0),
      hallucinationRate: overall?.hallucinationRate ?? null,
      guardrailChecked: Number(all?.guardrail_checked ?? 0),
      guardrailBlockRate: overall?.guardrailBlockRate ?? null,
    },
    byFeature: rows.filter((r) => r.grp === "feature").map((r) => ({ key: r.key!, name: r.name!, ...figures(r) })),
    byModel: models.map((m, i) => ({ ...m, efficient: efficient[i] })),
  };
}
