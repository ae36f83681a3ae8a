"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { settingsTabsFor } from "@/lib/settings-tabs";
import type { Role } from "@/lib/settings-tabs";

/** The settings sections this role can use (API keys are admin-only); scrolls sideways on phones. */
export function SettingsTabs({ role }: { role: Role }) {
  const path = usePathname();
  return (
    <nav aria-label="Settings" className="mb-6 overflow-x-auto border-b border-slate-200">
      <ul className="flex gap-1 whitespace-nowrap">
        {settingsTabsFor(role).map((t) => (
          <li key={t.href}>
            <Link href={t.href} aria-current={path === t.href ? "page" : undefined}
              className={`-mb-px inline-block border-b-2 px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-indigo-600 ${path === t.href ? "border-slate-900 font-medium text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"}`}>
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
