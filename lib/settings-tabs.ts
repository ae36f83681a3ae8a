// Settings sections and who can use them: a role sees only the tabs it can use,
// and /settings opens on the first of them. Client-safe.
export type Role = "admin" | "lead" | "viewer";

export const SETTINGS_TABS = [
  { href: "/settings/api-keys", label: "API keys", roles: ["admin"] },
  { href: "/settings/webhooks", label: "Webhooks", roles: ["admin"] },
  { href: "/settings/teams", label: "Teams & features", roles: ["admin", "lead", "viewer"] },
  { href: "/settings/prices", label: "Prices", roles: ["admin", "lead", "viewer"] },
  { href: "/settings/tiers", label: "Model tiers", roles: ["admin", "lead", "viewer"] },
] as const satisfies readonly { href: string; label: string; roles: readonly Role[] }[];

export function settingsTabsFor(role: Role) {
  return SETTINGS_TABS.filter((t) => (t.roles as readonly Role[]).includes(role));
}
