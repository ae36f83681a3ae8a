"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isActive, visibleNavGroups } from "@/lib/navigation";

/** The grouped navigation; `badges` carries live counts (e.g. open alerts). */
export function NavLinks({ badges = {}, onNavigate }: { badges?: { openAlerts?: number }; onNavigate?: () => void }) {
  const path = usePathname();
  return (
    <div className="flex flex-col gap-4">
      {visibleNavGroups().map((group) => (
        <div key={group.label}>
          <p className="px-3 pb-1 text-[11px] font-semibold uppercase tracking-wide text-slate-500">{group.label}</p>
          <ul className="flex flex-col gap-0.5">
            {group.items.map((item) => {
              const active = isActive(path, item.href);
              const count = item.badge ? badges[item.badge] ?? 0 : 0;
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    onClick={onNavigate}
                    aria-current={active ? "page" : undefined}
                    className={`flex items-center justify-between rounded-md px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${active ? "bg-slate-100 font-medium text-slate-900" : "text-slate-700 hover:bg-slate-50"}`}
                  >
                    {item.label}
                    {count > 0 && (
                      <span className="rounded-full bg-rose-600 px-1.5 text-[11px] font-semibold text-white" aria-label={`${count} open`}>
                        {count}
                      </span>
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
