// Turn a validated event into the stored row: provider inference, cost
// (reported wins, else computed, else unpriced at 0) and tier. Pure.
import type { EventRow } from "@/lib/ingest/insert-events";
import type { IngestEvent } from "@/lib/ingest/schemas";
import { computeCostNano } from "@/lib/pricing/cost";
import { resolvePrice, resolveTier, type OrgPricing } from "@/lib/pricing/resolve";
import { usdToNano } from "@/lib/money";

export const UNASSIGNED_KEY = "unassigned";

export function toEventRow(e: IngestEvent, pricing: OrgPricing, ids: { teamId: string; featureId: string }): EventRow {
  const ts = Date.parse(e.timestamp);
  const givenProvider = e.provider?.toLowerCase();
  const price = resolvePrice(pricing, e.model, givenProvider, ts);
  const provider = givenProvider ?? price?.provider ?? "unknown";
  const usage = {
    inputTokens: e.inputTokens ?? 0,
    outputTokens: e.outputTokens ?? 0,
    cachedInputTokens: e.cachedInputTokens ?? 0,
    cacheWriteTokens: e.cacheWriteTokens ?? 0,
    reasoningTokens: e.reasoningTokens ?? 0,
  };
  let costNano: bigint;
  let costSource: EventRow["costSource"];
  if (e.costUsd !== undefined) {
    costNano = usdToNano(e.costUsd);
    costSource = "reported";
  } else if (e.cacheHit) {
    costNano = 0n; // served from the app's own cache: no provider call was made
    costSource = "computed";
  } else if (price) {
    costNano = computeCostNano(usage, price.prices);
    costSource = "computed";
  } else {
    costNano = 0n;
    costSource = "unpriced";
  }
  return {
    eventId: e.eventId,
    ts: e.timestamp,
    provider,
    model: e.model,
    requestedModel: e.requestedModel ?? null,
    tier: resolveTier(pricing, provider, e.model, price),
    teamId: ids.teamId,
    featureId: ids.featureId,
    endUserId: e.userId ?? null,
    ...usage,
    costNano,
    costSource,
    latencyMs: e.latencyMs === undefined ? null : Math.round(e.latencyMs),
    status: e.status ?? "ok",
    cacheHit: e.cacheHit ?? false,
    traceId: e.traceId ?? null,
    spanId: e.spanId ?? null,
    parentSpanId: e.parentSpanId ?? null,
    qualityScore: e.quality?.score ?? null,
    hallucination: e.quality?.hallucination ?? null,
    guardrailBlocked: e.quality?.guardrailBlocked ?? null,
    metadata: e.metadata ?? null,
  };
}
