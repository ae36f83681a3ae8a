// Distinct end users per (UTC day, feature) as HyperLogLog sketches, built on the
// ingest path in exactly the layout of the SQL functions hll_positions/hll_bits
// (migration 20261125070000_feature_user_sketches, where the layout is explained):
// 4,096 registers in unary form, 20 planes of 4,096 bits, bit (k-1)*4096 + i set
// when register i is at least k. Merging is a bitwise OR, so sending a user twice,
// or a batch again, never counts anyone twice. Estimates come from the SQL
// function hll_distinct (standard error 1.63%).
import { createHash } from "node:crypto";

export const SKETCH_REGISTERS = 4096;
export const SKETCH_PLANES = 20;
export const SKETCH_BITS = SKETCH_REGISTERS * SKETCH_PLANES;

/** The sketch bit positions one user id sets (same as SQL hll_positions). */
export function userPositions(userId: string): number[] {
  const h = createHash("md5").update(userId, "utf8").digest().readUInt32BE(0);
  const register = h >>> 20; // first 12 bits
  const rest = (h >>> 1) & 0x7ffff; // next 19 bits
  const rank = rest === 0 ? SKETCH_PLANES : Math.clz32(rest) - 12; // 1-based position of the first 1 in 19 bits
  const out = new Array<number>(rank);
  for (let k = 0; k < rank; k++) out[k] = k * SKETCH_REGISTERS + register;
  return out;
}

/** A sketch holding these users, as the hex text PostgreSQL reads with ('x' || hex)::bit(81920). */
export function sketchHex(userIds: Iterable<string>): string {
  const bytes = Buffer.alloc(SKETCH_BITS / 8);
  for (const u of userIds) for (const p of userPositions(u)) bytes[p >> 3] |= 0x80 >> (p & 7);
  return bytes.toString("hex");
}
