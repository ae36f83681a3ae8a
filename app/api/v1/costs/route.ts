// POST /api/v1/costs – other monthly AI costs per feature (GPU, vector database,
// storage, other); idempotent per feature × month × category. Same access as
// revenue: an API key with the revenue scope, an admin, or a lead for their teams.
import { entriesRoute } from "@/lib/pnl/entries-route";
import { recordOtherCosts } from "@/lib/pnl/entries";

export const dynamic = "force-dynamic";

export const POST = entriesRoute(recordOtherCosts);
