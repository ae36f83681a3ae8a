// Default prices from @pydantic/genai-prices (bundled data; its remote update is
// never enabled here), converted to integer nano-USD per million tokens.
import { calcPrice } from "@pydantic/genai-prices";
import type { UnitPrices } from "@/lib/pricing/cost";

export type CatalogPrice = { provider: string; model: string; prices: UnitPrices };

type PriceValue = number | { base: number } | undefined;

function nanoPerMtok(value: PriceValue): bigint | null {
  if (value === undefined) return null;
  const usd = typeof value === "number" ? value : value.base; // tiered prices: the base tier
  return BigInt(Math.round(usd * 1e9));
}

const cache = new Map<string, CatalogPrice | null>();

/** Catalog price of a model at a time (prices change by date), or null when unknown. */
export function catalogPrice(model: string, provider?: string | null, at: Date | number = Date.now()): CatalogPrice | null {
  const ms = typeof at === "number" ? at : at.getTime();
  const key = `${provider ?? ""}|${model}|${Math.floor(ms / 86_400_000)}`; // prices change by day at most
  if (cache.has(key)) return cache.get(key) ?? null;
  const result = calcPrice({ input_tokens: 1, output_tokens: 1 }, model, {
    ...(provider ? { providerId: provider } : {}),
    timestamp: new Date(ms),
  });
  let found: CatalogPrice | null = null;
  if (result) {
    const mp = result.model_price as Record<string, PriceValue>;
    found = {
      provider: result.provider.id,
      model: result.model.id,
      prices: {
        inputPerMtokNano: nanoPerMtok(mp.input_mtok) ?? 0n,
        outputPerMtokNano: nanoPerMtok(mp.output_mtok) ?? 0n,
        cacheReadPerMtokNano: nanoPerMtok(mp.cache_read_mtok),
        cacheWritePerMtokNano: nanoPerMtok(mp.cache_write_mtok),
        perRequestNano: (() => {
          const perK = nanoPerMtok(mp.requests_kcount);
          return perK === null ? 0n : perK / 1000n;
        })(),
      },
    };
  }
  cache.set(key, found);
  return found;
}
