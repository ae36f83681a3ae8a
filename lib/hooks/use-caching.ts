"use client";

import { cachingSchema } from "@/lib/caching/schemas";
import { filtersToParams, type Filters } from "@/lib/filters/schema";
import { useViewQuery } from "@/lib/hooks/use-view-query";

export type CachingView = Pick<Filters, "preset" | "from" | "to" | "team" | "feature" | "provider" | "model">;

/** Caching figures for a view (lib/filters), keyed [domain, orgId, filters as URL parameters]. */
export function useCaching(orgId: string, filters: CachingView) {
  const search = filtersToParams(filters).toString();
  return { search, ...useViewQuery("caching", cachingSchema, orgId, search) };
}
