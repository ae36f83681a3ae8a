import { NavLinks } from "@/components/layout/nav-links";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { requireMemberPage } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMemberPage();
  return (
    <div className="flex min-h-screen">
      <aside className="hidden w-56 shrink-0 flex-col border-r border-slate-200 bg-white px-3 py-5 md:flex">
        <p className="px-3 text-base font-semibold tracking-tight">
          <span className="text-indigo-600">◆</span> Costwise
        </p>
        <p className="mb-6 mt-0.5 px-3 text-xs text-slate-500">{member.orgName}</p>
        <NavLinks />
        <div className="mt-auto border-t border-slate-100 px-3 pt-4">
          <p className="truncate text-xs font-medium text-slate-700" data-testid="current-user">{member.email}</p>
          <p className="mb-2 text-xs capitalize text-slate-500">{member.role}</p>
          <SignOutButton />
        </div>
      </aside>
      <main className="min-w-0 flex-1 px-6 py-6 lg:px-10">{children}</main>
    </div>
  );
}
