// The maturity API through the real route handlers and database: validation,
// drafts (replace, resume, per member), submission (every question answered, the
// evidence snapshot kept), history, org isolation, roles and API-key reads. Only
// the session lookup is replaced, by members of real orgs.
import { afterAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Member } from "@/lib/auth/session";
import { currentQuestionnaire, type Answer } from "@/lib/maturity/questions";
import { assessmentBodySchema } from "@/lib/maturity/schemas";
import { submitAssessment } from "@/lib/maturity/queries";
import { evidencePeriod } from "@/lib/maturity/evidence";
import { assessmentDetailSchema, assessmentListSchema, createdAssessmentSchema, evidenceSchema, questionsSchema, savedDraftSchema } from "@/lib/maturity/schemas";
import { createOrg, createUser } from "@/test/fixtures";
import { createKey } from "@/test/ingest-client";
import { callRoute, type RouteHandler } from "@/test/route-call";

const current: { member: Member | null } = { member: null };
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  requireMemberApi: async () => current.member,
}));

const questionsRoute = await import("@/app/api/v1/maturity/questions/route");
const evidenceRoute = await import("@/app/api/v1/maturity/evidence/route");
const assessmentsRoute = await import("@/app/api/v1/maturity/assessments/route");
const assessmentRoute = await import("@/app/api/v1/maturity/assessments/[id]/route");

const qn = currentQuestionnaire();
const ids = qn.questions.map((q) => q.id);
const answerAll = (a: Answer, over: Record<string, Answer> = {}) => ({ ...Object.fromEntries(ids.map((id) => [id, a])), ...over });

const post = (body: unknown) => callRoute(assessmentsRoute.POST, "POST", { path: "/api/v1/maturity/assessments", body });
const list = (query = "") => callRoute(assessmentsRoute.GET, "GET", { path: "/api/v1/maturity/assessments", query });
const detail = (id: string) => callRoute(assessmentRoute.GET, "GET", { path: `/api/v1/maturity/assessments/${id}`, params: { id } });

/** A GET with an API key, as a service sends it. */
async function withKey(handler: RouteHandler, key: string, path: string, params: Record<string, string> = {}) {
  const res = await handler(new NextRequest(`http://localhost${path}`, { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve(params) });
  return { status: res.status, body: await res.json() };
}

type Org = Awaited<ReturnType<typeof createOrg>> & { users: Record<Member["role"], string> };

describe("maturity API", () => {
  // every test makes its own orgs, so none depends on another's writes or on their order
  const orgIds: string[] = [];
  const userIds: string[] = [];
  const newOrg = async (label: string): Promise<Org> => {
    const o = await createOrg(getPool(), `Maturity ${label}`);
    orgIds.push(o.orgId);
    const users = {} as Org["users"];
    for (const role of ["admin", "lead", "viewer"] as const) {
      users[role] = await createUser(getPool(), `maturity-${label}-${role}`);
      userIds.push(users[role]);
      await getPool().query(`INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, $3)`, [o.orgId, users[role], role]);
    }
    return { ...o, users };
  };
  const as = (o: Org, role: Member["role"]) => {
    current.member = { userId: o.users[role], email: `${role}@test`, name: null, orgId: o.orgId, orgName: "org", role };
  };
  const stored = async (orgId: string) => {
    const [r] = await sqlRows<{ drafts: bigint; assessments: bigint }>(
      getPool(),
      `SELECT (SELECT count(*) FROM assessment_drafts WHERE org_id = $1) AS drafts, (SELECT count(*) FROM assessments WHERE org_id = $1) AS assessments`,
      [orgId],
    );
    return { drafts: Number(r.drafts), assessments: Number(r.assessments) };
  };

  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [orgIds]);
    await getPool().query(`DELETE FROM users WHERE id = ANY($1)`, [userIds]);
  });

  it("gives the questionnaire: version, seven levels, six dimensions, questions without internal fields", async () => {
    as(await newOrg("questions"), "viewer");
    const res = await callRoute(questionsRoute.GET, "GET", { path: "/api/v1/maturity/questions" });
    expect(res.status).toBe(200);
    const body = questionsSchema.strict().parse(res.body);
    expect(body.version).toBe("2026-12.1");
    expect(body.levels.map((l) => l.percent)).toEqual([14, 29, 43, 57, 71, 86, 100]);
    expect(body.dimensions.map((d) => d.id)).toEqual(["tracking", "routing-caching", "budgets-governance", "quality", "unit-economics", "scale"]);
    expect(body.questions.map((q) => q.id)).toEqual(ids);
    expect(Object.keys(body.questions[0]).sort()).toEqual(["dimension", "evidence", "help", "id", "level", "practiceStep", "text"]);
    expect((await callRoute(questionsRoute.GET, "GET", { path: "/api/v1/maturity/questions", query: "?lang=fr" })).status).toBe(400);
  });

  it("refuses bad input with a 400 naming each field, and stores nothing", async () => {
    const org = await newOrg("bad-input");
    as(org, "admin");
    const bad = async (body: unknown, fields: string[]) => {
      const res = await post(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.type).toBe("application/problem+json");
      expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([...fields].sort());
    };
    await bad({ answers: { "l1-ai-in-use": "maybe" }, draft: true }, ["answers.l1-ai-in-use"]);
    await bad({ answers: { "l1-ai-in-use": "yes", "l9-teleport": "yes", bogus: "no" }, draft: true }, ["answers.l9-teleport", "answers.bogus"]);
    await bad({ answers: {}, notes: { "l1-ai-in-use": "x".repeat(1001) }, draft: true }, ["notes.l1-ai-in-use"]);
    await bad({ answers: {}, notes: { nope: "why" }, draft: true }, ["notes.nope"]);
    await bad({ answers: {}, notes: { "l1-ai-in-use": "a\u0000b" }, draft: true }, ["notes.l1-ai-in-use"]);
    await bad({ answers: {}, draft: "yes" }, ["draft"]);
    await bad({ answers: [], draft: true }, ["answers"]);
    await bad({ draft: true }, ["answers"]);
    await bad({ answers: {}, draft: true, level: 7 }, [""]);
    const unknown = await post({ answers: { bogus: "yes" }, draft: true });
    expect(unknown.body.errors[0].message).toMatch(/unknown question id/);
    expect((await callRoute(assessmentsRoute.POST, "POST", { path: "/api/v1/maturity/assessments", raw: "{not json" })).status).toBe(400);
    // a "__proto__" key would vanish in parsing: it is an unknown id like any other
    const proto = await callRoute(assessmentsRoute.POST, "POST", { path: "/api/v1/maturity/assessments", raw: '{"answers":{"__proto__":"yes"},"draft":true}' });
    expect(proto.status).toBe(400);
    expect(proto.body.errors.map((e: { field: string }) => e.field)).toEqual(["answers.__proto__"]);
    expect(await stored(org.orgId)).toEqual({ drafts: 0, assessments: 0 });
  });

  it("saves a member's draft (partial answers scored as no), replaces it on the next save and resumes it; other members never see it", async () => {
    const org = await newOrg("draft");
    as(org, "admin");
    const first = await post({ answers: { "l1-ai-in-use": "yes", "l1-spend-known": "yes", "l1-owned-accounts": "yes", "l2-cost-monitoring": "partly" }, notes: { "l2-cost-monitoring": "only two services send usage", "l1-ai-in-use": "  " }, draft: true });
    expect(first.status).toBe(200);
    const saved = savedDraftSchema.strict().parse(first.body);
    expect(saved).toMatchObject({ draft: true, version: "2026-12.1", level: 1, levelName: "Experimental", percent: 14, notes: { "l2-cost-monitoring": "only two services send usage" } });
    // the blocking level 2: every one of its questions, as none is "yes"
    expect(saved.nextSteps.map((s) => s.questionId)).toEqual(qn.questions.filter((q) => q.level === 2).map((q) => q.id));
    expect(saved.dimensions["budgets-governance"]).toBe(Math.round((100 * 1) / qn.questions.filter((q) => q.dimension === "budgets-governance").length));

    const second = savedDraftSchema.parse((await post({ answers: { "l1-ai-in-use": "no" }, draft: true })).body);
    expect(second.id).toBe(saved.id); // the same draft, replaced
    expect(second).toMatchObject({ answers: { "l1-ai-in-use": "no" }, notes: {}, level: 0, levelName: "Not started", percent: 0 });
    expect(Date.parse(second.updatedAt)).toBeGreaterThanOrEqual(Date.parse(saved.updatedAt));
    expect(await stored(org.orgId)).toEqual({ drafts: 1, assessments: 0 });

    const resumed = assessmentListSchema.parse((await list()).body);
    expect(resumed.draft).toEqual({ id: saved.id, version: "2026-12.1", answers: { "l1-ai-in-use": "no" }, notes: {}, updatedAt: second.updatedAt });
    as(org, "lead");
    expect(assessmentListSchema.parse((await list()).body).draft).toBeNull();
  });

  it("refuses a submission missing answers, listing every missing question, and keeps the draft", async () => {
    const org = await newOrg("missing");
    as(org, "admin");
    expect((await post({ answers: { "l1-ai-in-use": "yes" }, draft: true })).status).toBe(200);
    const partial = answerAll("yes");
    delete partial["l4-batching"];
    delete partial["p-scale"];
    const res = await post({ answers: partial, draft: false });
    expect(res.status).toBe(400);
    expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(["answers.l4-batching", "answers.p-scale"]);
    // draft omitted means a submission too
    expect((await post({ answers: { "l1-ai-in-use": "yes" } })).body.errors).toHaveLength(ids.length - 1);
    expect(await stored(org.orgId)).toEqual({ drafts: 1, assessments: 0 });
  });

  it("stores a submission with its evidence snapshot (201), deletes the submitter's draft, and gives it back whole", async () => {
    const org = await newOrg("submit");
    as(org, "lead");
    await post({ answers: { "l1-ai-in-use": "yes" }, draft: true }); // the lead's own draft
    as(org, "admin");
    await post({ answers: { "l1-ai-in-use": "no" }, draft: true });
    expect(await stored(org.orgId)).toEqual({ drafts: 2, assessments: 0 });
    const answers = answerAll("yes", { "l3-team-budgets": "partly", "l3-mlops-pipeline": "no", "l2-cost-monitoring": "partly" });
    const res = await post({ answers, notes: { "l2-cost-monitoring": "the data says no: two services are not sending yet" }, draft: false });
    expect(res.status).toBe(201);
    const created = createdAssessmentSchema.strict().parse(res.body);
    // level 2 at 3.5 of 4 (met); level 3 at 2.5 of 4 (not met)
    expect(created).toMatchObject({ draft: false, version: "2026-12.1", level: 2, levelName: "Pilot", percent: 29 });
    expect(created.nextSteps.map((s) => s.questionId)).toEqual(["l3-mlops-pipeline", "l3-team-budgets"]);
    expect(created.nextSteps.every((s) => s.level === 3 && s.href.startsWith("/"))).toBe(true);
    expect(Object.keys(created.dimensions).sort()).toEqual(["budgets-governance", "quality", "routing-caching", "scale", "tracking", "unit-economics"]);
    expect(await stored(org.orgId)).toEqual({ drafts: 1, assessments: 1 }); // the admin's draft gone, the lead's kept

    const evidence = evidenceSchema.parse((await callRoute(evidenceRoute.GET, "GET", { path: "/api/v1/maturity/evidence" })).body);
    const got = await detail(created.id);
    expect(got.status).toBe(200);
    const d = assessmentDetailSchema.strict().parse(got.body);
    expect(d).toMatchObject({ id: created.id, level: 2, levelName: "Pilot", percent: 29, answers, notes: { "l2-cost-monitoring": "the data says no: two services are not sending yet" }, takenBy: { name: expect.stringContaining("maturity-submit-admin") } });
    expect(d.nextSteps).toEqual(created.nextSteps);
    expect(d.dimensions).toEqual(created.dimensions);
    expect(d.period).toEqual(evidencePeriod(new Date(d.createdAt)));
    expect(d.evidence).toEqual(evidence.evidence); // the same (empty) org data
    expect(d.evidence.map((e) => e.questionId)).toEqual(qn.questions.filter((q) => q.evidence).map((q) => q.id));
    expect(d.questions.map((q) => q.id)).toEqual(ids);
    expect(d.levels).toHaveLength(7);
  });

  it("lets any role submit, lists the org's assessments for every member, and keeps them from other orgs (404)", async () => {
    const org = await newOrg("roles");
    const other = await newOrg("roles-other");
    await getPool().query(`UPDATE users SET name = 'Vic Viewer' WHERE id = $1`, [org.users.viewer]);
    as(org, "lead");
    expect((await post({ answers: answerAll("yes", { "l3-mlops-pipeline": "no", "l3-team-budgets": "no" }), draft: false })).status).toBe(201);
    expect((await post({ answers: { "l1-ai-in-use": "yes" }, draft: true })).status).toBe(200);
    as(org, "viewer");
    const res = await post({ answers: answerAll("no"), draft: false });
    expect(res.status).toBe(201);
    const mine = createdAssessmentSchema.parse(res.body);
    expect(mine).toMatchObject({ level: 0, levelName: "Not started", percent: 0 });
    as(org, "admin");
    const l = assessmentListSchema.parse((await list()).body);
    expect(l.assessments.map((a) => a.level).sort()).toEqual([0, 2]);
    expect(l.assessments.find((a) => a.id === mine.id)?.takenBy).toEqual({ name: "Vic Viewer" });
    expect(l.assessments.find((a) => a.id !== mine.id)?.takenBy).toEqual({ name: expect.stringContaining("maturity-roles-lead") });
    expect(l.draft).toBeNull(); // the lead's draft is the lead's own
    as(org, "lead");
    expect(assessmentListSchema.parse((await list()).body).draft).not.toBeNull();

    as(other, "admin");
    expect(assessmentListSchema.parse((await list()).body)).toEqual({ assessments: [], draft: null });
    const foreign = await detail(mine.id);
    expect(foreign.status).toBe(404);
    expect(foreign.type).toBe("application/problem+json");
    expect((await detail("not-a-uuid")).status).toBe(404);
    expect((await detail("00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("lists history newest first, by the time each was taken", async () => {
    const history = await newOrg("history");
    const body = assessmentBodySchema().parse({ answers: answerAll("partly") });
    const times = ["2026-03-01T10:00:00Z", "2026-01-15T10:00:00Z", "2026-02-01T10:00:00Z"];
    for (const t of times) await submitAssessment(history.orgId, history.users.viewer, body, new Date(t));
    as(history, "lead");
    const l = assessmentListSchema.parse((await list()).body);
    expect(l.assessments.map((a) => a.createdAt)).toEqual(["2026-03-01T10:00:00.000Z", "2026-02-01T10:00:00.000Z", "2026-01-15T10:00:00.000Z"]);
    // all partly: 50% everywhere, so level 1 is not met
    expect(l.assessments[0]).toMatchObject({ level: 0, percent: 0, dimensions: { tracking: 50, scale: 50 } });
    // each kept the evidence period of its own day
    const d = assessmentDetailSchema.parse((await detail(l.assessments[1].id)).body);
    expect(d.period).toEqual({ from: "2026-01-02", to: "2026-01-31" });
  });

  it("answers an API key of scope usage:read (no draft: a key has none), and only for its own org", async () => {
    const org = await newOrg("key");
    const other = await newOrg("key-other");
    const allYes = assessmentBodySchema().parse({ answers: answerAll("yes") });
    for (const t of ["2026-01-15T10:00:00Z", "2026-02-01T10:00:00Z"]) await submitAssessment(org.orgId, org.users.lead, allYes, new Date(t));
    as(org, "admin");
    expect((await post({ answers: { "l1-ai-in-use": "yes" }, draft: true })).status).toBe(200); // a member's draft a key never sees
    const key = await createKey(getPool(), org.orgId, { scopes: ["usage:read"] });
    const l = await withKey(assessmentsRoute.GET, key, "/api/v1/maturity/assessments");
    expect(l.status).toBe(200);
    const body = assessmentListSchema.parse(l.body);
    expect(body.assessments).toHaveLength(2);
    expect(body.draft).toBeNull();
    const one = await withKey(assessmentRoute.GET, key, `/api/v1/maturity/assessments/${body.assessments[0].id}`, { id: body.assessments[0].id });
    expect(one.status).toBe(200);
    expect(assessmentDetailSchema.parse(one.body).id).toBe(body.assessments[0].id);
    expect(questionsSchema.parse((await withKey(questionsRoute.GET, key, "/api/v1/maturity/questions")).body).version).toBe("2026-12.1");
    expect(evidenceSchema.parse((await withKey(evidenceRoute.GET, key, "/api/v1/maturity/evidence")).body).evidence.length).toBeGreaterThan(0);

    const otherKey = await createKey(getPool(), other.orgId, { scopes: ["usage:read"] });
    expect((await withKey(assessmentRoute.GET, otherKey, `/api/v1/maturity/assessments/${body.assessments[0].id}`, { id: body.assessments[0].id })).status).toBe(404);
    const ingestOnly = await createKey(getPool(), org.orgId, { scopes: ["ingest"] });
    expect((await withKey(assessmentsRoute.GET, ingestOnly, "/api/v1/maturity/assessments")).status).toBe(403);
  });
});
