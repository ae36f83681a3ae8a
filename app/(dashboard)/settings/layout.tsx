import { SettingsTabs } from "@/components/settings/settings-tabs";
import { requireMemberPage } from "@/lib/auth/session";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMemberPage();
  return (
    <div className="max-w-5xl">
      <h1 className="mb-4 text-xl font-semibold tracking-tight">Settings</h1>
      <SettingsTabs role={member.role} />
      {member.role !== "admin" && (
        <p className="mb-4 text-sm text-slate-600" data-testid="read-only-reason">
          You can read these settings; only admins of {member.orgName} can change them.
        </p>
      )}
      {children}
    </div>
  );
}
