import { AlertsInbox, type InboxView } from "@/components/alerts/alerts-inbox";
import { UserRules } from "@/components/alerts/user-rules";
import { requireMemberPage } from "@/lib/auth/session";
import { managedTeamIds } from "@/lib/auth/team-leads";
import { listAlerts } from "@/lib/alerts/queries";
import { listAlertRules } from "@/lib/alerts/rules";
import { ALERT_KINDS, ALERT_STATUSES } from "@/lib/alerts/schemas";
import { getPrisma } from "@/lib/db";

export const metadata = { title: "Alerts" };

function viewFrom(sp: Record<string, string | string[] | undefined>): InboxView {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const status = one(sp.status);
  const kind = one(sp.kind);
  return {
    status: status === "all" || (ALERT_STATUSES as readonly string[]).includes(status ?? "") ? (status as InboxView["status"]) : "open",
    kind: (ALERT_KINDS as readonly string[]).includes(kind ?? "") ? (kind as InboxView["kind"]) : "all",
  };
}

/** The alert inbox (open → acknowledged → resolved) and the end-user spend rules. */
export default async function AlertsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMemberPage();
  const view = viewFrom(await searchParams);
  const canAct = member.role === "admin" || member.role === "lead";
  const managed = canAct ? await managedTeamIds(member) : new Set<string>();
  const [list, rules, features] = await Promise.all([
    listAlerts(member.orgId, { status: view.status === "all" ? undefined : view.status, kind: view.kind === "all" ? undefined : view.kind, limit: 50 }),
    listAlertRules(member.orgId),
    getPrisma().feature.findMany({ where: { orgId: member.orgId }, select: { key: true, name: true, teamId: true }, orderBy: { name: "asc" } }),
  ]);
  const editable = managed ? features.filter((f) => f.teamId && managed.has(f.teamId)) : features;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-xl font-semibold tracking-tight">Alerts</h1>
        <p className="mt-1 text-sm text-slate-600">Budget thresholds and forecasts, spend anomalies and end-user spend, newest first. Times are UTC.</p>
      </header>
      <AlertsInbox key={`${view.status}-${view.kind}`} orgId={member.orgId} view={view} initial={list} canAct={canAct} />
      <UserRules orgId={member.orgId} initial={rules} features={editable.map((f) => ({ key: f.key, name: f.name }))} canEdit={canAct && (member.role === "admin" || editable.length > 0)} orgWide={member.role === "admin"} />
    </div>
  );
}
