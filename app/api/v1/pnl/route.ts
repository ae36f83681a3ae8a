// GET /api/v1/pnl?from=YYYY-MM-DD&to=YYYY-MM-DD[&team=] – feature P&L (session, or API key with usage:read)
import { orgReadRoute } from "@/lib/api/read-route";
import { pnlQuerySchema } from "@/lib/pnl/schemas";
import { getPnl } from "@/lib/pnl/queries";

export const dynamic = "force-dynamic";

export const GET = orgReadRoute({ scope: "usage:read", query: pnlQuerySchema() }, ({ orgId, query }) => getPnl(orgId, query));
