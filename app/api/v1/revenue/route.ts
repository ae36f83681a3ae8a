// POST /api/v1/revenue – monthly revenue per feature; idempotent per feature × month.
// An API key with the revenue scope writes any feature of its org; a signed-in admin
// too; a lead only the features of the teams they lead (others are rejected per item).
import { entriesRoute } from "@/lib/pnl/entries-route";
import { recordRevenue } from "@/lib/pnl/entries";

export const dynamic = "force-dynamic";

export const POST = entriesRoute(recordRevenue);
