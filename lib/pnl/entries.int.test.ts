// POST /api/v1/revenue and /api/v1/costs: per-item validation, idempotent per
// feature × month (× category for costs; last write wins), audited with
// before/after, scoped to the key's org and scope.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/revenue/route";
import { POST as POST_COSTS } from "@/app/api/v1/costs/route";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { costsResponseSchema, revenueResponseSchema } from "@/lib/pnl/entry-schemas";
import { recordOtherCosts, recordRevenue } from "@/lib/pnl/entries";
import { createOrg } from "@/test/fixtures";
import { createKey, poster } from "@/test/ingest-client";

const post = poster(POST);

describe("POST /api/v1/revenue", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  let key: string;
  beforeAll(async () => {
    org = await createOrg(getPool(), "Revenue org");
    key = await createKey(getPool(), org.orgId, { scopes: ["revenue"] });
    await getPool().query(`UPDATE features SET revenue_model = 'per_request', unit_price_nano = 1000000 WHERE org_id = $1 AND key = 'search'`, [org.orgId]);
  });
  const revenue = () =>
    sqlRows<{ key: string; month: string; amount: string; source: string }>(
      getPool(),
      `SELECT f.key, to_char(r.month, 'YYYY-MM') AS month, r.amount_nano::text AS amount, r.source FROM feature_revenues r JOIN features f ON f.org_id = r.org_id AND f.id = r.feature_id WHERE r.org_id = $1 ORDER BY 1, 2`,
      [org.orgId],
    );
  const audit = () => sqlRows<{ target: string; details: { beforeNano: string | null; afterNano: string } }>(getPool(), `SELECT target, details FROM audit_logs WHERE org_id = $1 AND action = 'revenue.set' ORDER BY created_at, target`, [org.orgId]);

  it("stores valid items, rejects the rest per item naming the field (207), and writes nothing wrong", async () => {
    const res = await post({ items: [
      { feature: "chat", month: "2026-10", revenueUsd: "12000.00" },
      { feature: "chat", month: "2026-13", revenueUsd: "1" },
      { feature: "nope", month: "2026-10", revenueUsd: "1" },
      { feature: "search", month: "2026-10", revenueUsd: "5" },
      { feature: "chat", month: "2026-09", revenueUsd: -3 },
      { feature: "chat", month: "2026-09", revenueUsd: "1", extra: true },
    ] }, { key });
    expect(res.status).toBe(207);
    const body = revenueResponseSchema.parse(res.body);
    expect(body.results.map((r) => [r.status, r.error?.code, r.error?.field])).toEqual([
      ["stored", undefined, undefined],
      ["rejected", "invalid_field", "month"],
      ["rejected", "unknown_feature", "feature"],
      ["rejected", "derived_revenue", "feature"],
      ["rejected", "invalid_field", "revenueUsd"],
      ["rejected", "unknown_field", "extra"],
    ]);
    // (other tests of this file write other months: any order)
    expect((await revenue()).filter((r) => r.month === "2026-10" || r.month === "2026-09")).toEqual([{ key: "chat", month: "2026-10", amount: "12000000000000", source: "api" }]);
  });

  it("is idempotent per feature × month: a replay changes nothing, a new amount replaces the old, and both are audited once", async () => {
    const item = { feature: "chat", month: "2026-11", revenueUsd: "100.5" };
    expect((await post({ items: [item] }, { key })).status).toBe(200);
    expect((await post({ items: [item] }, { key })).body).toMatchObject({ stored: 1, rejected: 0 });
    const changed = await post({ items: [{ ...item, revenueUsd: "90" }, { ...item, revenueUsd: "80" }] }, { key }); // last in the batch wins
    expect(changed.body.stored).toBe(2);
    expect((await revenue()).find((r) => r.month === "2026-11")?.amount).toBe("80000000000");
    const trail = (await audit()).filter((a) => a.target === "chat/2026-11").map((a) => a.details);
    expect(trail).toEqual([
      expect.objectContaining({ beforeNano: null, afterNano: "100500000000", via: "api" }),
      expect.objectContaining({ beforeNano: "100500000000", afterNano: "80000000000", via: "api" }),
    ]);
  });

  it("answers whole-request errors without writing: bad JSON 400, no items 400, wrong type 415, wrong scope 403, too many 400", async () => {
    const before = await revenue();
    expect((await post(null, { key, raw: "{" })).status).toBe(400);
    expect((await post({ rows: [] }, { key })).status).toBe(400);
    expect((await post({ items: [] }, { key, contentType: "text/plain" })).status).toBe(415);
    const ingestKey = await createKey(getPool(), org.orgId, { scopes: ["ingest"] });
    expect((await post({ items: [{ feature: "chat", month: "2026-08", revenueUsd: "1" }] }, { key: ingestKey })).status).toBe(403);
    expect((await post({ items: Array.from({ length: 1001 }, () => ({ feature: "chat", month: "2026-08", revenueUsd: "1" })) }, { key })).status).toBe(400);
    expect(await revenue()).toEqual(before);
  });

  it("never reaches another org's features", async () => {
    const other = await createOrg(getPool(), "Other revenue org"); // also has a `chat` feature
    const theirs = await createKey(getPool(), other.orgId, { scopes: ["revenue"] });
    expect((await post({ items: [{ feature: "chat", month: "2026-07", revenueUsd: "7" }] }, { key: theirs })).body.stored).toBe(1);
    expect((await revenue()).some((r) => r.month === "2026-07")).toBe(false);
  });

  it("lets a lead write only the features of the teams they lead, rejecting the others per item", async () => {
    const [ops] = await sqlRows<{ id: string }>(getPool(), `INSERT INTO teams (org_id, key, name) VALUES ($1, 'ops-rev', 'Ops') RETURNING id`, [org.orgId]);
    await getPool().query(`INSERT INTO features (org_id, key, name, team_id) VALUES ($1, 'opsbot-rev', 'Ops bot', $2)`, [org.orgId, ops.id]);
    const res = await recordRevenue(org.orgId, { userId: null, via: "ui", teamIds: new Set([org.teamId]) }, [
      { feature: "chat", month: "2026-06", revenueUsd: "10" },
      { feature: "opsbot-rev", month: "2026-06", revenueUsd: "10" },
    ]);
    expect(res.results.map((r) => [r.status, r.status === "rejected" ? r.error?.code : null])).toEqual([["stored", null], ["rejected", "forbidden"]]);
    expect((await revenue()).filter((r) => r.month === "2026-06").map((r) => r.key)).toEqual(["chat"]);
  });
});

describe("POST /api/v1/costs", () => {
  const postCosts = poster(POST_COSTS);
  let org: Awaited<ReturnType<typeof createOrg>>;
  let key: string;
  beforeAll(async () => {
    org = await createOrg(getPool(), "Costs org");
    key = await createKey(getPool(), org.orgId, { scopes: ["revenue"] });
  });
  const costs = () =>
    sqlRows<{ key: string; month: string; category: string; amount: string; note: string | null }>(
      getPool(),
      `SELECT f.key, to_char(c.month, 'YYYY-MM') AS month, c.category, c.amount_nano::text AS amount, c.note
         FROM feature_costs c JOIN features f ON f.org_id = c.org_id AND f.id = c.feature_id WHERE c.org_id = $1 ORDER BY 1, 2, 3`,
      [org.orgId],
    );

  it("stores one amount per feature × month × category, rejects bad items naming the field, and the last write wins", async () => {
    const res = await postCosts({ items: [
      { feature: "chat", month: "2026-10", category: "gpu", amountUsd: "1200.50", note: "A100 hours" },
      { feature: "chat", month: "2026-10", category: "vector_db", amountUsd: "40" },
      { feature: "chat", month: "2026-10", category: "tokens", amountUsd: "1" },
      { feature: "chat", month: "2026-10", category: "gpu", amountUsd: "1e3" },
      { feature: "search", month: "2026-10", category: "storage", amountUsd: "25" }, // derived revenue does not matter for costs
      { feature: "gone", month: "2026-10", category: "storage", amountUsd: "25" },
    ] }, { key });
    expect(res.status).toBe(207);
    const body = costsResponseSchema.parse(res.body);
    expect(body.results.map((r) => [r.status, r.category, r.error?.code, r.error?.field])).toEqual([
      ["stored", "gpu", undefined, undefined],
      ["stored", "vector_db", undefined, undefined],
      ["rejected", "tokens", "invalid_field", "category"],
      ["rejected", "gpu", "invalid_field", "amountUsd"],
      ["stored", "storage", undefined, undefined],
      ["rejected", "storage", "unknown_feature", "feature"],
    ]);
    expect((await postCosts({ items: [{ feature: "chat", month: "2026-10", category: "gpu", amountUsd: "900" }] }, { key })).status).toBe(200);
    expect((await postCosts({ items: [{ feature: "chat", month: "2026-10", category: "gpu", amountUsd: "900" }] }, { key })).status).toBe(200);
    // (the other test of this block writes other months: any order)
    expect((await costs()).filter((c) => c.month === "2026-10")).toEqual([
      { key: "chat", month: "2026-10", category: "gpu", amount: "900000000000", note: null },
      { key: "chat", month: "2026-10", category: "vector_db", amount: "40000000000", note: null },
      { key: "search", month: "2026-10", category: "storage", amount: "25000000000", note: null },
    ]);
    const trail = await sqlRows<{ target: string; details: { beforeNano: string | null; afterNano: string } }>(
      getPool(), `SELECT target, details FROM audit_logs WHERE org_id = $1 AND action = 'cost.set' AND target = 'chat/2026-10/gpu' ORDER BY created_at`, [org.orgId]);
    expect(trail.map((t) => [t.details.beforeNano, t.details.afterNano])).toEqual([[null, "1200500000000"], ["1200500000000", "900000000000"]]);
  });

  it("rejects text PostgreSQL cannot store (NUL, a lone surrogate) per item, storing the rest; unknown body fields are a 400", async () => {
    const res = await postCosts({ items: [
      { feature: "chat", month: "2026-03", category: "gpu", amountUsd: "1", note: "a\u0000b" },
      { feature: "chat\ud800", month: "2026-03", category: "gpu", amountUsd: "1" },
      { feature: "chat", month: "2026-03", category: "storage", amountUsd: "2" },
    ] }, { key });
    expect(res.status).toBe(207);
    expect(costsResponseSchema.parse(res.body).results.map((r) => [r.status, r.error?.field])).toEqual([["rejected", "note"], ["rejected", "feature"], ["stored", undefined]]);
    expect((await costs()).filter((c) => c.month === "2026-03").map((c) => c.category)).toEqual(["storage"]);
    expect((await postCosts({ items: [], pad: "x" }, { key })).status).toBe(400);
  });

  it("lets a lead write only their teams' features; a wrong scope or another org writes nothing here", async () => {
    const [ops] = await sqlRows<{ id: string }>(getPool(), `INSERT INTO teams (org_id, key, name) VALUES ($1, 'ops-cost', 'Ops') RETURNING id`, [org.orgId]);
    await getPool().query(`INSERT INTO features (org_id, key, name, team_id) VALUES ($1, 'opsbot-cost', 'Ops bot', $2)`, [org.orgId, ops.id]);
    const res = await recordOtherCosts(org.orgId, { userId: null, via: "ui", teamIds: new Set([org.teamId]) }, [
      { feature: "chat", month: "2026-05", category: "storage", amountUsd: "1" },
      { feature: "opsbot-cost", month: "2026-05", category: "storage", amountUsd: "1" },
    ]);
    expect(res.results.map((r) => [r.status, r.error?.code ?? null])).toEqual([["stored", null], ["rejected", "forbidden"]]);
    const before = await costs();
    const usageKey = await createKey(getPool(), org.orgId, { scopes: ["usage:read"] });
    expect((await postCosts({ items: [{ feature: "chat", month: "2026-04", category: "gpu", amountUsd: "1" }] }, { key: usageKey })).status).toBe(403);
    const other = await createOrg(getPool(), "Other costs org");
    const theirs = await createKey(getPool(), other.orgId, { scopes: ["revenue"] });
    expect((await postCosts({ items: [{ feature: "chat", month: "2026-04", category: "gpu", amountUsd: "1" }] }, { key: theirs })).body.stored).toBe(1);
    expect(await costs()).toEqual(before);
  });
});
