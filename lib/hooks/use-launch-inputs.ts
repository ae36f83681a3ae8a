"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { launchParams, parseLaunchParams, type LaunchInputs } from "@/lib/launch-review/inputs";

/**
 * The launch review's inputs as the URL has them, and a change function that
 * writes them back with router.replace (a review is shared by its link). Changes
 * apply to the latest requested inputs, so two quick edits both land.
 */
export function useLaunchInputs() {
  const params = useSearchParams();
  const router = useRouter();
  const search = params.toString();
  const { inputs, issues } = parseLaunchParams(params);
  const latest = useRef(search);
  useEffect(() => {
    latest.current = search;
  }, [search]);
  const change = (patch: Partial<LaunchInputs>) => {
    const next = launchParams({ ...parseLaunchParams(new URLSearchParams(latest.current)).inputs, ...patch }).toString();
    latest.current = next;
    router.replace(`?${next}`, { scroll: false });
  };
  return { search, inputs, issues, change };
}
