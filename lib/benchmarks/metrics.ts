// The four benchmark metrics from raw figures, pure: exact value, position on the
// bands, a plain-language reading and the next step up with a concrete figure.
// A metric without data (no revenue, no requests) is null with the reason.
import { BAND_DEFS, bandTarget, nextBand, placeValue, type MetricId, type Ratio } from "@/lib/benchmarks/bands";
import { bandLabels, bandNumbers, formatPercentValue, formatThreshold, formatUsdValue, listNames, percentValue, positionPhrase, roundScaled } from "@/lib/benchmarks/format";
import { centsDown, centsUp, cogsRevenueStep, costPerRequestStep, pointsUp, shareStep } from "@/lib/benchmarks/next-step";
import type { BenchmarkMetric, Benchmarks } from "@/lib/benchmarks/schemas";
import { formatCount, formatMoney } from "@/lib/format/number";
import type { PnlStatus } from "@/lib/pnl/maths";

export type BenchmarkInputs = {
  range: Benchmarks["range"];
  /** from the P&L: totals, and every feature in it */
  pnl: { cogsNano: bigint; revenueNano: bigint; features: { name: string; requests: number; cogsNano: bigint; revenueNano: bigint; status: PnlStatus }[] };
  /** from the daily rollups */
  usage: { requests: bigint; unpricedRequests: bigint; tokenCostNano: bigint; tieredRequests: bigint; belowFrontierRequests: bigint };
};

const LABELS: Record<MetricId, string> = {
  cogs_to_revenue: "AI COGS / revenue",
  cost_per_request: "Inference cost per request",
  routing_coverage: "Routing coverage",
  profitable_share: "AI features profitable",
};

const money = (n: bigint) => formatMoney(n);
const over = (days: number) => (days === 1 ? "on this day" : `over these ${days} days`);
const plural = (n: bigint | number, one: string, many: string) => `${formatCount(n)} ${n === 1n || n === 1 ? one : many}`;

/** The parts every metric shares: label, unit, bands; value and texts come from the caller. */
function metric(id: MetricId, v: Ratio | null, texts: { reading: string; nextStep?: BenchmarkMetric["nextStep"]; reason?: string | null; valueNano?: bigint }): BenchmarkMetric {
  const def = BAND_DEFS[id];
  const usd = def.unit === "usd";
  return {
    id,
    label: LABELS[id],
    value: v === null ? null : usd ? Number(roundScaled(v, 0)) / 1e9 : percentValue(v),
    ...(usd ? { valueNano: texts.valueNano === undefined ? null : texts.valueNano.toString() } : {}),
    display: v === null ? null : usd ? formatUsdValue(def, roundScaled(v, 0), v) : formatPercentValue(def, v),
    unit: def.unit,
    position: v === null ? null : placeValue(def, v),
    bands: bandNumbers(def),
    reading: texts.reading,
    reason: v === null ? (texts.reason ?? texts.reading) : null,
    nextStep: texts.nextStep ?? null,
  };
}

/** The next band up from v, its edge, and its label for the texts (null at elite). */
function aim(id: MetricId, v: Ratio) {
  const def = BAND_DEFS[id];
  const band = nextBand(placeValue(def, v));
  if (!band) return null;
  const target = bandTarget(def, band);
  return { band, target, label: `the ${band} band (${bandLabels(def)[band]})`, edge: formatThreshold(def, target.threshold) };
}

function cogsToRevenue({ pnl, range }: BenchmarkInputs): BenchmarkMetric {
  const id = "cogs_to_revenue";
  if (pnl.revenueNano <= 0n) {
    const reading = pnl.cogsNano > 0n
      ? `No revenue in this range, so the ${money(pnl.cogsNano)} of AI COGS has nothing to compare with: enter feature revenue on the P&L page.`
      : "No AI costs or revenue in this range.";
    return metric(id, null, { reading });
  }
  const v = { num: pnl.cogsNano * 100n, den: pnl.revenueNano };
  const def = BAND_DEFS[id];
  const reading = `AI COGS are ${formatPercentValue(def, v)} of revenue (${money(pnl.cogsNano)} against ${money(pnl.revenueNano)}): ${positionPhrase(def, placeValue(def, v))}.`;
  const a = aim(id, v);
  if (!a) return metric(id, v, { reading });
  const s = cogsRevenueStep(pnl.cogsNano, pnl.revenueNano, a.target);
  const text = `To reach ${a.label}, COGS must fall by ${money(centsUp(s.cogsCutNano))} (to at most ${money(centsDown(s.maxCogsNano))}) or revenue rise by ${money(centsUp(s.revenueRiseNano))} (to at least ${money(centsUp(s.minRevenueNano))}) ${over(range.days)}.`;
  return metric(id, v, { reading, nextStep: { band: a.band, text } });
}

function costPerRequest({ usage, range }: BenchmarkInputs): BenchmarkMetric {
  const id = "cost_per_request";
  const priced = usage.requests - usage.unpricedRequests;
  const unpriced = usage.unpricedRequests > 0n ? ` ${plural(usage.unpricedRequests, "request", "requests")} on models without a price ${usage.unpricedRequests === 1n ? "is" : "are"} left out.` : "";
  if (priced <= 0n) {
    return metric(id, null, { reading: `No priced requests in this range.${unpriced}`.trim() });
  }
  const v = { num: usage.tokenCostNano, den: priced };
  const def = BAND_DEFS[id];
  const shown = formatUsdValue(def, roundScaled(v, 0), v);
  const reading = `An AI request costs ${shown} in tokens on average (${money(usage.tokenCostNano)} over ${plural(priced, "priced request", "priced requests")}): ${positionPhrase(def, placeValue(def, v))}.${unpriced}`;
  const a = aim(id, v);
  if (!a) return metric(id, v, { reading, valueNano: roundScaled(v, 0) });
  const s = costPerRequestStep(usage.tokenCostNano, priced, a.target);
  const text = `Cut inference cost per request from ${shown} to ${a.target.strict ? `under ${a.edge}` : `${a.edge} or less`} to reach ${a.label}: about ${money(centsUp(s.savingNano))} less token spend ${over(range.days)} at today's ${plural(priced, "request", "requests")}.`;
  return metric(id, v, { reading, valueNano: roundScaled(v, 0), nextStep: { band: a.band, text } });
}

function routingCoverage({ usage, range }: BenchmarkInputs): BenchmarkMetric {
  const id = "routing_coverage";
  const untiered = usage.requests - usage.tieredRequests;
  const note = untiered > 0n ? ` ${plural(untiered, "request", "requests")} on models without a tier ${untiered === 1n ? "is" : "are"} left out (set tiers under Settings → Tiers).` : "";
  if (usage.tieredRequests <= 0n) {
    return metric(id, null, { reading: (usage.requests > 0n ? `No requests on models with a tier in this range.${note}` : "No requests in this range.") });
  }
  const v = { num: usage.belowFrontierRequests * 100n, den: usage.tieredRequests };
  const def = BAND_DEFS[id];
  const reading = `${formatPercentValue(def, v)} of requests ran on models below the frontier tier (${formatCount(usage.belowFrontierRequests)} of ${formatCount(usage.tieredRequests)}): ${positionPhrase(def, placeValue(def, v))}.${note}`;
  const a = aim(id, v);
  if (!a) return metric(id, v, { reading });
  const more = shareStep(usage.belowFrontierRequests, usage.tieredRequests, a.target);
  const text = `Route another ${pointsUp(more, usage.tieredRequests).toFixed(1)}% of requests (${plural(more, "request", "requests")} ${over(range.days)}) from frontier models to small or mid-tier ones to reach ${a.label}.`;
  return metric(id, v, { reading, nextStep: { band: a.band, text } });
}

function profitableShare({ pnl, range }: BenchmarkInputs): BenchmarkMetric {
  const id = "profitable_share";
  const used = pnl.features.filter((f) => f.requests > 0);
  if (used.length === 0) return metric(id, null, { reading: "No features with usage in this range." });
  const isProfitable = (s: PnlStatus) => s === "healthy" || s === "profitable";
  const profitable = BigInt(used.filter((f) => isProfitable(f.status)).length);
  const whole = BigInt(used.length);
  const noRevenue = used.filter((f) => f.status === "no_revenue").length;
  const v = { num: profitable * 100n, den: whole };
  const def = BAND_DEFS[id];
  const note = noRevenue > 0 ? ` ${plural(noRevenue, "feature has", "features have")} no revenue entered and count${noRevenue === 1 ? "s" : ""} as not profitable.` : "";
  const reading = `${formatCount(profitable)} of ${plural(whole, "feature", "features")} with usage ${profitable === 1n ? "is" : "are"} profitable (${formatPercentValue(def, v)}): ${positionPhrase(def, placeValue(def, v))}.${note}`;
  const a = aim(id, v);
  if (!a) return metric(id, v, { reading });
  const more = Number(shareStep(profitable, whole, a.target));
  // closest to break-even: the smallest shortfall of revenue against COGS (0 at break-even: any more revenue makes it profitable)
  const closest = used
    .filter((f) => !isProfitable(f.status))
    .map((f) => ({ name: f.name, short: f.cogsNano - f.revenueNano }))
    .sort((x, y) => (x.short < y.short ? -1 : x.short > y.short ? 1 : x.name.localeCompare(y.name)))
    .slice(0, more);
  const gaps = listNames(closest.map((c) => money(centsUp(c.short))));
  const text = `Make ${plural(more, "more feature", "more features")} profitable to reach ${a.label}: ${listNames(closest.map((c) => c.name))} ${closest.length === 1 ? "is" : "are"} closest to break-even (${gaps} short ${over(range.days)}).`;
  return metric(id, v, { reading, nextStep: { band: a.band, text } });
}

/** The four benchmark metrics, in the order of docs/design.md §8. */
export function buildBenchmarks(input: BenchmarkInputs): Benchmarks {
  return { range: input.range, metrics: [cogsToRevenue(input), costPerRequest(input), routingCoverage(input), profitableShare(input)] };
}
