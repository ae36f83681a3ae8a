// The API-key format and scopes as plain constants: the one definition the zod
// schema, the key authentication and the settings UI all import. No Node APIs
// here, so client components can import it (lib/auth/api-keys.ts, which hashes
// and generates keys with node:crypto, is server-only).

export const API_KEY_PREFIX = "cw_live_";

/** The scopes of docs/design.md §12: each API-key route names the one it needs. */
export const API_KEY_SCOPES = ["ingest", "revenue", "usage:read", "budgets:read"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** What each scope allows, for the UI. */
export const API_KEY_SCOPE_LABELS: Record<ApiKeyScope, string> = {
  ingest: "send usage events",
  revenue: "send feature revenue",
  "usage:read": "read usage, P&L and routing",
  "budgets:read": "check budget status",
};
