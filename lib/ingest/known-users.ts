// Which (UTC day, feature, end user) triples are already in the user sketches.
// Most events come from users already seen that day, so the ingest path sends
// sketch bits only for the unseen ones: one sketch per (block, feature) for the
// day, 8-day and 64-day blocks holding their day (lib/rollups/sketch-blocks.ts). Entries
// are added only after the transaction that stored them commits; the set is
// bounded and simply restarts when full (a user sent again is ORed in again,
// which changes nothing, so forgetting is always safe).
import { sketchHex } from "@/lib/ingest/user-sketch";
import { blockStart, SKETCH_SPANS } from "@/lib/rollups/sketch-blocks";

/** Per (block span, block start, feature): a sketch (hex, see user-sketch.ts) of the batch's unseen users. */
export type FeatureUsers = { spans: number[]; starts: string[]; featureIds: string[]; sketches: string[] };

const MAX_ENTRIES = 500_000;
let known = new Set<string>();
const dayNames = new Map<number, string>();

function dayName(day: number): string {
  let name = dayNames.get(day);
  if (!name) dayNames.set(day, (name = new Date(day * 86_400_000).toISOString().slice(0, 10)));
  return name;
}

/** Sketches of these events' users not known to be stored, per (block, feature) in key order, with their cache keys. */
export function unknownUsers(events: { ts: string; featureId: string; endUserId: string | null }[]): { users: FeatureUsers; keys: string[] } {
  const keys: string[] = [];
  const seen = new Set<string>();
  const groups = new Map<string, string[]>();
  for (const e of events) {
    if (e.endUserId === null) continue;
    const day = Math.floor(Date.parse(e.ts) / 86_400_000);
    const key = `${day}|${e.featureId}|${e.endUserId}`;
    if (known.has(key) || seen.has(key)) continue;
    seen.add(key);
    keys.push(key);
    for (const span of SKETCH_SPANS) {
      const group = `${String(span).padStart(2, "0")}|${blockStart(dayName(day), span)}|${e.featureId}`;
      let users = groups.get(group);
      if (!users) groups.set(group, (users = []));
      users.push(e.endUserId);
    }
  }
  const users: FeatureUsers = { spans: [], starts: [], featureIds: [], sketches: [] };
  // in primary-key order, so concurrent batches lock sketch rows in the same order
  for (const group of [...groups.keys()].sort()) {
    const [span, start, featureId] = group.split("|");
    users.spans.push(Number(span));
    users.starts.push(start);
    users.featureIds.push(featureId);
    users.sketches.push(sketchHex(groups.get(group)!));
  }
  return { users, keys };
}

/** Call after COMMIT. */
export function rememberUsers(keys: string[]): void {
  if (known.size + keys.length > MAX_ENTRIES) known = new Set();
  for (const k of keys) known.add(k);
}
