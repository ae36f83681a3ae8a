// The frame every dashboard page lives in: skip link, grouped navigation (a side
// bar on desktop, a menu dialog on phones), the signed-in member, and <main>.
import { MobileNav } from "@/components/layout/mobile-nav";
import { NavLinks } from "@/components/layout/nav-links";
import { SignOutButton } from "@/components/layout/sign-out-button";
import type { Member } from "@/lib/auth/session";

function Brand() {
  return (
    <p className="text-base font-semibold tracking-tight">
      <span className="text-indigo-600" aria-hidden="true">◆</span> Costwise
    </p>
  );
}

export function AppShell({ member, openAlerts, children }: { member: Member; openAlerts: number; children: React.ReactNode }) {
  const badges = { openAlerts };
  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow">
        Skip to content
      </a>
      <header className="flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3 md:hidden print:hidden">
        <Brand />
        <MobileNav orgName={member.orgName} email={member.email} role={member.role} badges={badges} />
      </header>
      <aside className="hidden w-56 shrink-0 flex-col border-r border-slate-200 bg-white px-3 py-5 md:flex print:hidden">
        <div className="px-3">
          <Brand />
          <p className="mb-6 mt-0.5 text-xs text-slate-600">{member.orgName}</p>
        </div>
        <nav aria-label="Main">
          <NavLinks badges={badges} />
        </nav>
        <div className="mt-auto border-t border-slate-100 px-3 pt-4">
          <p className="truncate text-xs font-medium text-slate-800" data-testid="current-user">{member.email}</p>
          <p className="mb-2 text-xs capitalize text-slate-600">{member.role}</p>
          <SignOutButton />
        </div>
      </aside>
      <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-5 outline-none sm:px-6 lg:px-10 print:p-0">
        {children}
      </main>
    </div>
  );
}
