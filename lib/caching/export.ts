// The caching tables as CSV rows (money as exact USD decimals, not rounded for display).
import "server-only";
import type { Filters } from "@/lib/filters/schema";
import { getCaching } from "@/lib/caching/queries";
import type { CachingTable } from "@/lib/caching/schemas";
import { nanoToUsdString } from "@/lib/money";

export async function cachingCsv(orgId: string, table: CachingTable, f: Filters): Promise<{ header: string[]; rows: unknown[][] }> {
  const c = await getCaching(orgId, f);
  const usd = (v: string | null) => (v === null ? null : nanoToUsdString(v));
  switch (table) {
    case "features":
      return {
        header: ["feature_key", "feature", "requests", "cache_hits", "hit_rate", "avoided_cost_usd", "input_tokens", "cached_input_tokens", "cached_share", "prompt_cache_savings_usd"],
        rows: c.byFeature.map((x) => [x.key, x.name, x.requests, x.hits, x.hitRate, usd(x.avoidedCostNano), x.inputTokens, x.cachedInputTokens, x.cachedShare, usd(x.promptSavingsNano)]),
      };
    case "models":
      return {
        header: ["provider", "model", "input_tokens", "cached_input_tokens", "cached_share", "prompt_cache_savings_usd", "priced", "gap"],
        rows: c.byModel.map((x) => [x.provider, x.model, x.inputTokens, x.cachedInputTokens, x.cachedShare, usd(x.promptSavingsNano), x.priced, x.gap]),
      };
  }
}
