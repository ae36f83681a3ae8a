// A feature's revenue model: admins set any, leads only their teams' features,
// viewers none; another org's feature is "not found"; changes are audited.
import { beforeAll, describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { revenueModelBodySchema } from "@/lib/pnl/entry-schemas";
import { editableFeatures, setRevenueModel } from "@/lib/pnl/feature-economics";
import { createOrg, createUser } from "@/test/fixtures";

describe("feature revenue model", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  let admin: { orgId: string; userId: string; role: "admin" };
  let lead: { orgId: string; userId: string; role: "lead" };
  let opsFeature: string;
  beforeAll(async () => {
    org = await createOrg(getPool(), "Economics org");
    admin = { orgId: org.orgId, userId: await createUser(getPool(), "econ-admin"), role: "admin" };
    lead = { orgId: org.orgId, userId: await createUser(getPool(), "econ-lead"), role: "lead" };
    await getPool().query(`INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, 'admin'), ($1, $3, 'lead')`, [org.orgId, admin.userId, lead.userId]);
    await getPool().query(`INSERT INTO team_leads (org_id, team_id, user_id) VALUES ($1, $2, $3)`, [org.orgId, org.teamId, lead.userId]);
    const [ops] = await sqlRows<{ id: string }>(getPool(), `INSERT INTO teams (org_id, key, name) VALUES ($1, 'ops', 'Ops') RETURNING id`, [org.orgId]);
    [{ id: opsFeature }] = await sqlRows<{ id: string }>(getPool(), `INSERT INTO features (org_id, key, name, team_id) VALUES ($1, 'opsbot', 'Ops bot', $2) RETURNING id`, [org.orgId, ops.id]);
  });

  it("lists every feature for an admin, the led teams' for a lead, none for a viewer", async () => {
    // ordered by name: CHAT, Ops bot, SEARCH
    expect((await editableFeatures(admin)).map((f) => f.key)).toEqual(["chat", "opsbot", "search"]);
    expect((await editableFeatures(lead)).map((f) => f.key).sort()).toEqual(["chat", "search"]);
    expect(await editableFeatures({ ...lead, role: "viewer" })).toEqual([]);
  });

  it("sets a per-request price exactly, back to monthly clears it, and audits each change once", async () => {
    const set = await setRevenueModel(lead, org.features.chat, revenueModelBodySchema.parse({ revenueModel: "per_request", unitPriceUsd: "0.0025" }));
    expect(set).toMatchObject({ key: "chat", revenueModel: "per_request", unitPriceNano: "2500000" });
    await setRevenueModel(lead, org.features.chat, revenueModelBodySchema.parse({ revenueModel: "per_request", unitPriceUsd: "0.0025" })); // no change
    await setRevenueModel(admin, org.features.chat, revenueModelBodySchema.parse({ revenueModel: "monthly" }));
    const [row] = await sqlRows<{ revenue_model: string; unit_price_nano: bigint | null }>(getPool(), `SELECT revenue_model, unit_price_nano FROM features WHERE org_id = $1 AND id = $2`, [org.orgId, org.features.chat]);
    expect(row).toEqual({ revenue_model: "monthly", unit_price_nano: null });
    const trail = await sqlRows<{ details: { after: { revenueModel: string; unitPriceNano: string | null } } }>(
      getPool(), `SELECT details FROM audit_logs WHERE org_id = $1 AND action = 'feature.revenue_model' ORDER BY created_at`, [org.orgId]);
    expect(trail.map((t) => t.details.after)).toEqual([{ revenueModel: "per_request", unitPriceNano: "2500000" }, { revenueModel: "monthly", unitPriceNano: null }]);
  });

  it("refuses a lead on another team's feature (403) and anyone on another org's feature (404), changing nothing", async () => {
    const body = revenueModelBodySchema.parse({ revenueModel: "per_user", unitPriceUsd: "9" });
    await expect(setRevenueModel(lead, opsFeature, body)).rejects.toMatchObject({ status: 403 });
    const other = await createOrg(getPool(), "Other economics org");
    await expect(setRevenueModel(admin, other.features.chat, body)).rejects.toMatchObject({ status: 404 });
    const models = await sqlRows<{ revenue_model: string }>(getPool(), `SELECT revenue_model FROM features WHERE (org_id = $1 AND id = $2) OR (org_id = $3 AND id = $4)`, [org.orgId, opsFeature, other.orgId, other.features.chat]);
    expect(models.map((m) => m.revenue_model)).toEqual(["monthly", "monthly"]);
  });

  it("validates the body: derived models need a bounded unit price, monthly takes none", () => {
    const issue = (v: unknown) => revenueModelBodySchema.safeParse(v).error?.issues[0];
    expect(issue({ revenueModel: "per_request" })?.path).toEqual(["unitPriceUsd"]);
    expect(issue({ revenueModel: "per_request", unitPriceUsd: "1000.01" })?.message).toMatch(/at most 1,000/);
    expect(issue({ revenueModel: "per_user", unitPriceUsd: "-1" })?.path).toEqual(["unitPriceUsd"]);
    expect(issue({ revenueModel: "monthly", unitPriceUsd: "1" })?.path).toEqual(["unitPriceUsd"]);
    expect(issue({ revenueModel: "yearly" })?.path).toEqual(["revenueModel"]);
    expect(issue({ revenueModel: "per_user", unitPriceUsd: "100000" })).toBeUndefined();
  });
});
