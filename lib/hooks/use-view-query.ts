"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { fetchJson } from "@/lib/hooks/fetch-json";

/**
 * A page's figures from GET /api/v1/<domain> for a view given as URL parameters
 * (lib/filters), keyed [domain, orgId, filters], validated with the API's schema;
 * the previous view's figures stay shown while the next one loads.
 */
export function useViewQuery<T>(domain: string, schema: z.ZodType<T>, orgId: string, search: string, initialData?: T) {
  return useQuery({
    queryKey: [domain, orgId, search],
    queryFn: async () => schema.parse(await fetchJson(`/api/v1/${domain}${search ? `?${search}` : ""}`)),
    initialData,
    placeholderData: keepPreviousData,
  });
}
