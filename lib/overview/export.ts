// The overview's tables as CSV rows (money as exact USD decimals, not rounded for display).
import "server-only";
import type { Filters } from "@/lib/filters/schema";
import { getOverview } from "@/lib/overview/queries";
import { nanoToUsdString } from "@/lib/money";

export const OVERVIEW_TABLES = ["features", "teams", "models"] as const;
export type OverviewTable = (typeof OVERVIEW_TABLES)[number];

export async function overviewCsv(orgId: string, table: OverviewTable, f: Filters): Promise<{ header: string[]; rows: unknown[][] }> {
  const o = await getOverview(orgId, f);
  switch (table) {
    case "features":
      return {
        header: ["feature_key", "feature", "team_key", "team", "registered", "requests", "spend_usd"],
        rows: o.features.map((x) => [x.key, x.name, x.team, x.teamName, x.registered, x.requests, nanoToUsdString(x.costNano)]),
      };
    case "teams":
      return { header: ["team_key", "team", "registered", "requests", "spend_usd"], rows: o.teams.map((x) => [x.key, x.name, x.registered, x.requests, nanoToUsdString(x.costNano)]) };
    case "models":
      return { header: ["provider", "model", "tier", "requests", "spend_usd"], rows: o.models.map((x) => [x.provider, x.model, x.tier, x.requests, nanoToUsdString(x.costNano)]) };
  }
}
