// GET /api/v1/benchmarks?from=YYYY-MM-DD&to=YYYY-MM-DD[&team=] – the org's figures on the §8 industry bands (session, or API key with usage:read)
import { orgReadRoute } from "@/lib/api/read-route";
import { getBenchmarks } from "@/lib/benchmarks/queries";
import { benchmarksQuerySchema } from "@/lib/benchmarks/schemas";

export const dynamic = "force-dynamic";

export const GET = orgReadRoute({ scope: "usage:read", query: benchmarksQuerySchema() }, ({ orgId, query }) => getBenchmarks(orgId, query));
