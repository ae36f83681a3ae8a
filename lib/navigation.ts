// The dashboard's navigation, grouped as in docs/design.md §10. Only areas that
// exist are listed (never a link to a 404): each later page adds its entry here.
// Client-safe: no server imports.

export type NavItem = { href: string; label: string; badge?: "openAlerts" };
export type NavGroup = { label: string; items: NavItem[] };

export const NAV_GROUPS: NavGroup[] = [
  { label: "Spend", items: [{ href: "/overview", label: "Overview" }, { href: "/pnl", label: "P&L" }, { href: "/benchmarks", label: "Benchmarks" }, { href: "/launch-review", label: "Launch review" }] },
  { label: "Optimise", items: [{ href: "/routing", label: "Routing" }, { href: "/workflows", label: "Workflows" }, { href: "/quality", label: "Quality" }] },
  { label: "Governance", items: [{ href: "/budgets", label: "Budgets" }, { href: "/alerts", label: "Alerts", badge: "openAlerts" }, { href: "/maturity", label: "Maturity" }] },
  { label: "Settings", items: [{ href: "/settings", label: "Settings" }] },
];

/** Groups with at least one built area. */
export const visibleNavGroups = (): NavGroup[] => NAV_GROUPS.filter((g) => g.items.length > 0);

/** Whether `path` is within the area at `href` (an area's sub-pages keep it active). */
export const isActive = (path: string, href: string) => path === href || path.startsWith(`${href}/`);
