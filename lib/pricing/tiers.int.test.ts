import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { listModelTiers, setModelTier } from "@/lib/pricing/tier-queries";
import { createOrg, createUser } from "@/test/fixtures";
import { createKey, makeEvents, poster } from "@/test/ingest-client";

const post = poster(POST);
// The events of makeEvents() are on 2026-11-20; the clock is injected, never read.
const NOW = new Date("2026-11-25T09:00:00Z");

describe("model tiers", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  let key: string;
  let actor: string;
  beforeAll(async () => {
    org = await createOrg(getPool(), "Tiers org");
    key = await createKey(getPool(), org.orgId);
    actor = await createUser(getPool(), "tiers");
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [org.orgId]);
    await getPool().query(`DELETE FROM users WHERE id = $1`, [actor]);
  });

  it("records each new model's default tier at ingest, and an admin's change applies to later events", async () => {
    await post({ batch: [...makeEvents(2, "a"), ...makeEvents(1, "b", { model: "claude-sonnet-4-20250514" })] }, { key });
    expect((await listModelTiers(org.orgId, NOW)).map((m) => [m.model, m.tier, m.manual, m.requests30d])).toEqual([
      ["claude-sonnet-4-20250514", "frontier", false, 1],
      ["gpt-4o-mini", "small", false, 2],
    ]);

    await setModelTier(org.orgId, actor, { provider: "anthropic", model: "claude-sonnet-4-20250514", tier: "mid" });
    await post({ batch: makeEvents(1, "c", { model: "claude-sonnet-4-20250514" }) }, { key });
    const rows = await sqlRows<{ event_id: string; tier: string }>(getPool(), `SELECT event_id, tier FROM usage_events WHERE org_id = $1 AND model LIKE 'claude%' ORDER BY event_id`, [org.orgId]);
    expect(rows).toEqual([{ event_id: "b-0", tier: "frontier" }, { event_id: "c-0", tier: "mid" }]);
    expect((await listModelTiers(org.orgId, NOW)).find((m) => m.model.startsWith("claude"))).toMatchObject({ tier: "mid", manual: true });
    // 30 UTC days including today: 2026-11-20 is in the window up to 2026-12-19 and out of it from 2026-12-20
    const traffic = async (now: string) => (await listModelTiers(org.orgId, new Date(now))).map((m) => m.requests30d);
    expect(await traffic("2026-12-19T23:59:59Z")).toEqual([2, 2]);
    expect(await traffic("2026-12-20T00:00:00Z")).toEqual([0, 0]);
  });
});
