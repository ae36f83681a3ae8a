// Money is integer nano-USD (1 USD = 1e9 nano) everywhere; these helpers convert
// at the edges (inputs, charts, CSV). Formatting for people is lib/format/number.ts.

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

/** nano-USD as an exact decimal USD string (at least 2 decimals, up to 9): 12.5e9 → "12.50", 82_000 → "0.000082". */
export function nanoToUsdString(value: NanoLike): string {
  const nano = toNano(value);
  const sign = nano < 0n ? "-" : "";
  const abs = nano < 0n ? -nano : nano;
  const frac = (abs % NANO_PER_USD).toString().padStart(9, "0").replace(/0+$/, "").padEnd(2, "0");
  return `${sign}${abs / NANO_PER_USD}.${frac}`;
}
