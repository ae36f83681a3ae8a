// How Costwise writes numbers for people, in one place: money adapts its precision
// to its magnitude by one rule everywhere, so "$0.0000" never stands beside
// "$0.00"; counts and percentages likewise. Input money is integer nano-USD.
import { nanoToUsd, toNano, type NanoLike } from "@/lib/money";

const usd = (digits: number, compact = false) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: digits, maximumFractionDigits: digits, ...(compact ? { notation: "compact" } : {}) });
const FORMATS = new Map<string, Intl.NumberFormat>();
function fmt(digits: number, compact = false): Intl.NumberFormat {
  const key = `${digits}|${compact}`;
  let f = FORMATS.get(key);
  if (!f) FORMATS.set(key, (f = usd(digits, compact)));
  return f;
}

/** $12.3K, $1.2M, $3B (a whole number drops its ".0"). */
const compact = (usdValue: number) => fmt(1, true).format(usdValue).replace(/\.0(?=[KMBT])/, "");

/**
 * Money: $0.00 for zero; 2 significant digits below one cent ($0.0042, $0.00012);
 * cents below $1,000; whole dollars from $1,000; `compact` abbreviates from $10,000
 * ($12.3K, $1.2M). Negative amounts keep the same rule.
 */
export function formatMoney(value: NanoLike, opts: { compact?: boolean } = {}): string {
  const nano = toNano(value);
  const abs = Math.abs(nanoToUsd(nano));
  const v = nanoToUsd(nano);
  if (nano === 0n) return fmt(2).format(0);
  if (opts.compact && abs >= 10_000) return compact(v);
  if (abs >= 1000) return fmt(0).format(v);
  if (abs >= 0.01) return fmt(2).format(v);
  // below a cent: 2 significant digits
  const digits = Math.min(9, 1 - Math.floor(Math.log10(abs)));
  return fmt(digits).format(v);
}

/**
 * An axis tick in USD: as many decimals as the tick step needs, so neighbouring
 * ticks never print alike (0.007 and 0.014 are "$0.007" and "$0.014", not "$0.01").
 */
export function formatMoneyTick(usdValue: number, step: number, opts: { compact?: boolean } = {}): string {
  if (opts.compact && Math.abs(usdValue) >= 10_000) return compact(usdValue);
  const digits = step > 0 ? Math.max(0, Math.min(9, -Math.floor(Math.log10(step) + 1e-9))) : 2;
  return fmt(usdValue === 0 ? Math.min(digits, 2) : digits).format(usdValue);
}

const COUNT = new Intl.NumberFormat("en-US");
const COUNT_COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** 1,234,567 or, compact, 1.2M. */
export function formatCount(n: number | bigint, opts: { compact?: boolean } = {}): string {
  return (opts.compact ? COUNT_COMPACT : COUNT).format(n);
}

/** A contribution margin already in percent: 42.37 → "42.4%", null (no revenue) → "–". */
export function formatMarginPct(marginPct: number | null): string {
  return marginPct === null ? "–" : `${marginPct.toFixed(1)}%`;
}

/** 0.1234 → "12.3%" (digits after the point); null or non-finite → "–". */
export function formatPercent(ratio: number | null, digits = 1): string {
  if (ratio === null || !Number.isFinite(ratio)) return "–";
  return `${(ratio * 100).toFixed(digits)}%`;
}

/** A signed change: "+12.3%", "−4.0%" (a real minus sign), "–" when unknown. */
export function formatChange(ratio: number | null, digits = 1): string {
  if (ratio === null || !Number.isFinite(ratio)) return "–";
  const s = `${Math.abs(ratio * 100).toFixed(digits)}%`;
  return ratio > 0 ? `+${s}` : ratio < 0 ? `−${s}` : s;
}
