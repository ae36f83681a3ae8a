import { afterAll, describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { assignTeamLead, listTeamLeads, removeTeamLead } from "@/lib/teams/leads";
import { createOrg, createUser } from "@/test/fixtures";

const orgs: string[] = [];
afterAll(async () => {
  await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [orgs]);
});

describe("team leads", () => {
  it("assigns and removes members with the lead role, audited with the leads before and after", async () => {
    const o = await createOrg(getPool(), "Leads org");
    const other = await createOrg(getPool(), "Other leads org");
    orgs.push(o.orgId, other.orgId);
    const admin = await createUser(getPool(), "admin");
    const lead = await createUser(getPool(), "lead");
    const viewer = await createUser(getPool(), "viewer");
    await getPool().query(`INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, 'admin'), ($1, $3, 'lead'), ($1, $4, 'viewer')`, [o.orgId, admin, lead, viewer]);

    expect((await listTeamLeads(o.orgId)).candidates.map((c) => c.userId)).toEqual([lead]);
    const after = await assignTeamLead(o.orgId, admin, o.teamId, lead);
    expect(after.byTeam[o.teamId].map((l) => l.userId)).toEqual([lead]);
    await assignTeamLead(o.orgId, admin, o.teamId, lead); // idempotent: no second row, no second audit entry
    await expect(assignTeamLead(o.orgId, admin, o.teamId, viewer)).rejects.toMatchObject({ status: 400 });
    await expect(assignTeamLead(o.orgId, admin, other.teamId, lead)).rejects.toMatchObject({ status: 404 });
    expect((await removeTeamLead(o.orgId, admin, o.teamId, lead)).byTeam[o.teamId]).toBeUndefined();
    await expect(removeTeamLead(o.orgId, admin, o.teamId, lead)).rejects.toMatchObject({ status: 404 });

    const audit = await sqlRows<{ action: string; details: unknown }>(getPool(), `SELECT action, details FROM audit_logs WHERE org_id = $1 ORDER BY created_at`, [o.orgId]);
    expect(audit).toEqual([
      { action: "team.lead_assigned", details: { userId: lead, before: { leads: [] }, after: { leads: [lead] } } },
      { action: "team.lead_removed", details: { userId: lead, before: { leads: [lead] }, after: { leads: [] } } },
    ]);
  });
});
