// Suggestions and scale warnings in words, for the page and its tests. Client-safe.
import { nanoToUsd } from "@/lib/money";
import type { Suggestion } from "@/lib/launch-review/suggestions";

const PRICE = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 9 });
/** A price with every digit it has ($0.0056, $1,250.00): lib/format rounds sub-dollar amounts to cents, which would misquote it. */
export const formatPrice = (nano: bigint) => PRICE.format(nanoToUsd(nano));

const PER: Record<Extract<Suggestion, { kind: "price" }>["revenueModel"], string> = {
  monthly: "a month",
  per_request: "per request",
  per_user: "per active user a month",
};

/** e.g. "Route 60% of requests to gpt-4.1-mini", "Charge $0.012 per request", "Serve 48% of requests from your response cache". */
export function describeSuggestion(s: Suggestion): string {
  switch (s.kind) {
    case "route":
      return s.tier ? `Route ${s.sharePct}% of requests to the ${s.tier} tier (${s.model})` : `Route ${s.sharePct}% of requests to ${s.model}`;
    case "price":
      return `Charge ${formatPrice(s.priceNano)} ${PER[s.revenueModel]}`;
    case "cache":
      return `Serve ${s.cacheHitPct}% of requests from your response cache`;
  }
}

const MARGIN = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** A margin for people: "50.08%", "−1,910.00%" (a real minus sign), "–" without revenue. */
export const formatMargin = (m: number | null) => (m === null ? "–" : `${m < 0 ? "−" : ""}${MARGIN.format(Math.abs(m))}%`);
