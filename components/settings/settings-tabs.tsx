"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { href: "/settings/api-keys", label: "API keys" },
  { href: "/settings/prices", label: "Prices" },
  { href: "/settings/tiers", label: "Model tiers" },
  { href: "/settings/teams", label: "Teams & features" },
];

export function SettingsTabs() {
  const path = usePathname();
  return (
    <nav className="mb-6 flex gap-1 border-b border-slate-200">
      {TABS.map((t) => (
        <Link key={t.href} href={t.href} aria-current={path === t.href ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-2 text-sm ${path === t.href ? "border-slate-900 font-medium text-slate-900" : "border-transparent text-slate-500 hover:text-slate-800"}`}>
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
