"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { filterParamsSchema, filtersToParams, parseFilters, type Filters, type FilterIssue } from "@/lib/filters/schema";

type View = Pick<Filters, "preset" | "from" | "to" | "team" | "feature" | "provider" | "model">;

/**
 * The page's filters as the URL has them, and a change function. Changes apply
 * to the latest requested view, not to this render's: two quick changes (a
 * range, then a team) must both land in the URL.
 */
export function useUrlFilters(initial: { search: string; issues: FilterIssue[] }) {
  const params = useSearchParams();
  const router = useRouter();
  const search = params.toString();
  const { filters, issues } = parseFilters(params);
  const latest = useRef(search);
  useEffect(() => {
    latest.current = search;
  }, [search]);
  const change = (patch: Partial<View>) => {
    const current = new URLSearchParams(latest.current);
    const params = filtersToParams({ ...parseFilters(current).filters, ...patch });
    // a page's own parameters (e.g. the routing simulator's scenarios) survive a filter change
    for (const [k, v] of current) if (!(k in filterParamsSchema.shape)) params.append(k, v);
    const next = params.toString();
    latest.current = next;
    router.replace(`?${next}`, { scroll: false });
  };
  const hrefFor = (patch: Partial<View>) => `?${filtersToParams({ ...filters, ...patch }).toString()}`;
  // the server reported what it ignored in the link it rendered; later changes are checked here
  return { search, filters, issues: search === initial.search ? initial.issues : issues, change, hrefFor };
}
