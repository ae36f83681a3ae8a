// Which (UTC day, feature, end user) triples are already stored in
// daily_feature_users. Most events come from users already seen that day, so
// the ingest path sends only the unseen ones. Entries are added only after the
// transaction that stored them commits; the set is bounded and simply restarts
// when full (the database ignores repeats, so forgetting is always safe).
import type { FeatureUsers } from "@/lib/ingest/insert-events";

const MAX_ENTRIES = 500_000;
let known = new Set<string>();
const dayNames = new Map<number, string>();

function dayName(day: number): string {
  let name = dayNames.get(day);
  if (!name) dayNames.set(day, (name = new Date(day * 86_400_000).toISOString().slice(0, 10)));
  return name;
}

/** The triples of these events not known to be stored, deduplicated, with their cache keys. */
export function unknownUsers(events: { ts: string; featureId: string; endUserId: string | null }[]): { users: FeatureUsers; keys: string[] } {
  const users: FeatureUsers = { days: [], featureIds: [], endUserIds: [] };
  const keys: string[] = [];
  const batch = new Set<string>();
  for (const e of events) {
    if (e.endUserId === null) continue;
    const day = Math.floor(Date.parse(e.ts) / 86_400_000);
    const key = `${day}|${e.featureId}|${e.endUserId}`;
    if (known.has(key) || batch.has(key)) continue;
    batch.add(key);
    keys.push(key);
    users.days.push(dayName(day));
    users.featureIds.push(e.featureId);
    users.endUserIds.push(e.endUserId);
  }
  return { users, keys };
}

/** Call after COMMIT. */
export function rememberUsers(keys: string[]): void {
  if (known.size + keys.length > MAX_ENTRIES) known = new Set();
  for (const k of keys) known.add(k);
}
