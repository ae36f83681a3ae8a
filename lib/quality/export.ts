// The quality page's tables as CSV rows: rates as ratios and money as exact USD decimals (not rounded for display).
import "server-only";
import type { Filters } from "@/lib/filters/schema";
import { nanoToUsdString } from "@/lib/money";
import { getQuality } from "@/lib/quality/queries";

export const QUALITY_TABLES = ["features", "models"] as const;
export type QualityTable = (typeof QUALITY_TABLES)[number];

const usd = (nano: string | null) => (nano === null ? null : nanoToUsdString(nano));

export async function qualityCsv(orgId: string, table: QualityTable, f: Filters): Promise<{ header: string[]; rows: unknown[][] }> {
  const q = await getQuality(orgId, f);
  const signals = ["requests", "scored", "mean_score", "hallucination_rate", "guardrail_block_rate", "cost_per_request_usd"];
  if (table === "features") {
    return { header: ["feature_key", "feature", ...signals], rows: q.byFeature.map((x) => [x.key, x.name, x.requests, x.scored, x.meanScore, x.hallucinationRate, x.guardrailBlockRate, usd(x.costPerRequestNano)]) };
  }
  return {
    header: ["provider", "model", "tier", ...signals, "efficient"],
    rows: q.byModel.map((x) => [x.provider, x.model, x.tier, x.requests, x.scored, x.meanScore, x.hallucinationRate, x.guardrailBlockRate, usd(x.costPerRequestNano), x.efficient]),
  };
}
