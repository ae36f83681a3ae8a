"use client";

import { qualitySchema, type Quality } from "@/lib/quality/schemas";
import { useViewQuery } from "@/lib/hooks/use-view-query";

/** The quality figures for a view given as URL parameters (lib/filters), keyed [domain, orgId, filters]. */
export const useQuality = (orgId: string, search: string, initialData?: Quality) => useViewQuery("quality", qualitySchema, orgId, search, initialData);
