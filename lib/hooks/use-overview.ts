"use client";

import { useQuery } from "@tanstack/react-query";
import { overviewSchema, type Overview } from "@/lib/overview/schemas";
import { fetchJson } from "@/lib/hooks/fetch-json";

export function useOverview(orgId: string, days: number, initialData?: Overview) {
  return useQuery({
    queryKey: ["overview", orgId, { days }],
    queryFn: async () => overviewSchema.parse(await fetchJson(`/api/v1/overview?days=${days}`)),
    initialData,
  });
}
