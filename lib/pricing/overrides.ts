// Per-org price overrides and the list of models without any price. Adding a
// price re-prices the org's stored unpriced events of that model from its
// effective date and recomputes the affected rollup days, in one transaction.
import "server-only";
import { getPool, getPrisma } from "@/lib/db";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { usdToNano } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record";
import { invalidateOrgContext } from "@/lib/ingest/org-context";
import { rebuildDailyRollups } from "@/lib/rollups/rebuild";
import { COST_SQL } from "@/lib/pricing/cost-sql";
import type { CreatePriceOverride, PriceOverrideView, UnpricedModel } from "@/lib/pricing/schemas";

export async function listUnpricedModels(orgId: string): Promise<UnpricedModel[]> {
  const rows = await sqlRows<{ provider: string; model: string; requests: bigint; first_seen: string; last_seen: string }>(
    getPool(),
    `SELECT provider, model, sum(unpriced_requests)::int8 AS requests, min(day) AS first_seen, max(day) AS last_seen
       FROM daily_rollups WHERE org_id = $1 AND unpriced_requests > 0
      GROUP BY provider, model ORDER BY requests DESC`,
    [orgId],
  );
  return rows.map((r) => ({ provider: r.provider, model: r.model, requests: Number(r.requests), firstSeen: r.first_seen, lastSeen: r.last_seen }));
}

export async function listPriceOverrides(orgId: string): Promise<PriceOverrideView[]> {
  const rows = await getPrisma().priceOverride.findMany({ where: { orgId }, orderBy: [{ model: "asc" }, { effectiveFrom: "desc" }] });
  const s = (v: bigint | null) => (v === null ? null : v.toString());
  return rows.map((r) => ({
    id: r.id,
    provider: r.provider,
    model: r.model,
    effectiveFrom: r.effectiveFrom.toISOString().slice(0, 10),
    inputPerMtokNano: r.inputPerMtokNano.toString(),
    outputPerMtokNano: r.outputPerMtokNano.toString(),
    cacheReadPerMtokNano: s(r.cacheReadPerMtokNano),
    cacheWritePerMtokNano: s(r.cacheWritePerMtokNano),
    perRequestNano: s(r.perRequestNano),
  }));
}

export async function createPriceOverride(orgId: string, actorUserId: string, input: CreatePriceOverride): Promise<{ id: string; repriced: number }> {
  const nano = (v?: string) => (v === undefined ? null : usdToNano(v));
  const prices = {
    input: usdToNano(input.inputPerMtokUsd),
    output: usdToNano(input.outputPerMtokUsd),
    cacheRead: nano(input.cacheReadPerMtokUsd),
    cacheWrite: nano(input.cacheWritePerMtokUsd),
    perRequest: nano(input.perRequestUsd),
  };
  const priceParams = [prices.input, prices.output, prices.cacheRead, prices.cacheWrite, prices.perRequest].map((v) => v?.toString() ?? null);
  const { id, repriced } = await withTransaction(getPool(), async (client) => {
    const [row] = await sqlRows<{ id: string }>(
      client,
      `INSERT INTO price_overrides (org_id, provider, model, effective_from, input_per_mtok_nano, output_per_mtok_nano,
         cache_read_per_mtok_nano, cache_write_per_mtok_nano, per_request_nano)
       VALUES ($1, $2, $3, $4::date, $5, $6, $7, $8, $9)
       ON CONFLICT (org_id, provider, model, effective_from) DO UPDATE SET
         input_per_mtok_nano = EXCLUDED.input_per_mtok_nano, output_per_mtok_nano = EXCLUDED.output_per_mtok_nano,
         cache_read_per_mtok_nano = EXCLUDED.cache_read_per_mtok_nano, cache_write_per_mtok_nano = EXCLUDED.cache_write_per_mtok_nano,
         per_request_nano = EXCLUDED.per_request_nano
       RETURNING id`,
      [orgId, input.provider, input.model, input.effectiveFrom, ...priceParams],
    );
    const updated = await client.query(
      `UPDATE usage_events e SET cost_nano = ${COST_SQL}, cost_source = 'computed'
         FROM (SELECT $4::int8 AS input, $5::int8 AS output, $6::int8 AS cache_read, $7::int8 AS cache_write, $8::int8 AS per_request) p
        WHERE e.org_id = $1 AND e.model = $2 AND e.cost_source = 'unpriced' AND NOT e.cache_hit AND e.ts >= $3::date
          AND (e.provider = $9 OR e.provider = 'unknown')`,
      [orgId, input.model, input.effectiveFrom, ...priceParams, input.provider],
    );
    const count = updated.rowCount ?? 0;
    if (count > 0) await rebuildDailyRollups(client, orgId, { fromDay: input.effectiveFrom });
    return { id: row.id, repriced: count };
  });
  invalidateOrgContext(orgId);
  await recordAudit(orgId, actorUserId, "price_override.created", `${input.provider}/${input.model}`, { ...input, repriced });
  return { id, repriced };
}
