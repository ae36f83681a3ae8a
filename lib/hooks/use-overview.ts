"use client";

import { useQuery } from "@tanstack/react-query";
import { overviewSchema, type Overview } from "@/lib/overview/schemas";
import { fetchJson } from "@/lib/hooks/fetch-json";

/** The overview for a view given as URL parameters (lib/filters), keyed [domain, orgId, filters]. */
export function useOverview(orgId: string, search: string, initialData?: Overview) {
  return useQuery({
    queryKey: ["overview", orgId, search],
    queryFn: async () => overviewSchema.parse(await fetchJson(`/api/v1/overview${search ? `?${search}` : ""}`)),
    initialData,
    placeholderData: (previous) => previous,
  });
}
