"use client";

import { useQuery } from "@tanstack/react-query";
import { cachingSchema } from "@/lib/caching/schemas";
import { filtersToParams, type Filters } from "@/lib/filters/schema";
import { fetchJson } from "@/lib/hooks/fetch-json";

export type CachingView = Pick<Filters, "preset" | "from" | "to" | "team" | "feature" | "provider" | "model">;

/** Caching figures for a view (lib/filters), keyed [domain, orgId, filters as URL parameters]. */
export function useCaching(orgId: string, filters: CachingView) {
  const search = filtersToParams(filters).toString();
  return {
    search,
    ...useQuery({
      queryKey: ["caching", orgId, search],
      queryFn: async () => cachingSchema.parse(await fetchJson(`/api/v1/caching${search ? `?${search}` : ""}`)),
      placeholderData: (previous) => previous,
    }),
  };
}
