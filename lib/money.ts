// Money is integer nano-USD (1 USD = 1e9 nano) everywhere; these helpers convert
// and format only at the edges (charts, tables, inputs).

export const NANO_PER_USD = 1_000_000_000n;

export type NanoLike = bigint | string | number;

export function toNano(value: NanoLike): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number") return BigInt(Math.round(value));
  return BigInt(value);
}

/** USD as a JS number, for charts and display (loses sub-nano precision only). */
export function nanoToUsd(value: NanoLike): number {
  const nano = toNano(value);
  const whole = nano / NANO_PER_USD;
  const frac = nano % NANO_PER_USD;
  return Number(whole) + Number(frac) / 1e9;
}

/** Parse a decimal USD amount (e.g. "12.50") exactly into nano-USD. */
export function usdToNano(usd: string | number): bigint {
  const text = typeof usd === "number" ? usd.toFixed(9) : usd.trim();
  const m = /^(-)?(\d+)(?:\.(\d{0,9})\d*)?$/.exec(text);
  if (!m) throw new Error(`not a USD amount: ${usd}`);
  const [, sign, whole, frac = ""] = m;
  const nano = BigInt(whole) * NANO_PER_USD + BigInt(frac.padEnd(9, "0"));
  return sign ? -nano : nano;
}

/** Format nano-USD for people: $1,234 / $12.34 / $0.0042; `compact` gives $1.2M. */
export function formatUsd(value: NanoLike, opts: { compact?: boolean } = {}): string {
  const usd = nanoToUsd(value);
  const abs = Math.abs(usd);
  if (opts.compact && abs >= 10_000) {
    return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 }).format(usd);
  }
  const digits = abs === 0 ? 2 : abs < 0.01 ? 4 : abs < 1000 ? 2 : 0;
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: "USD",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(usd);
}

export function formatCount(n: number | bigint, opts: { compact?: boolean } = {}): string {
  return new Intl.NumberFormat("en-US", opts.compact ? { notation: "compact", maximumFractionDigits: 1 } : {}).format(n);
}

export function formatPercent(ratio: number | null, digits = 0): string {
  if (ratio === null || !Number.isFinite(ratio)) return "–";
  return `${(ratio * 100).toFixed(digits)}%`;
}
