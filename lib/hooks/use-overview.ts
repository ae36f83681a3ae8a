"use client";

import { overviewSchema, type Overview } from "@/lib/overview/schemas";
import { useViewQuery } from "@/lib/hooks/use-view-query";

/** The overview for a view given as URL parameters (lib/filters), keyed [domain, orgId, filters]. */
export const useOverview = (orgId: string, search: string, initialData?: Overview) => useViewQuery("overview", overviewSchema, orgId, search, initialData);
