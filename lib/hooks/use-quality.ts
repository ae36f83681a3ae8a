"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/hooks/fetch-json";
import { qualitySchema, type Quality } from "@/lib/quality/schemas";

/** The quality figures for a view given as URL parameters (lib/filters), keyed [domain, orgId, filters]. */
export function useQuality(orgId: string, search: string, initialData?: Quality) {
  return useQuery({
    queryKey: ["quality", orgId, search],
    queryFn: async () => qualitySchema.parse(await fetchJson(`/api/v1/quality${search ? `?${search}` : ""}`)),
    initialData,
    placeholderData: (previous) => previous,
  });
}
