"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson, sendJson } from "@/lib/hooks/fetch-json";
import type { LaunchInputs } from "@/lib/launch-review/inputs";
import { launchReviewListSchema, launchReviewSchema, type LaunchReviewView } from "@/lib/launch-review/schemas";

/** The org's saved launch reviews, keyed [domain, orgId], with save and delete. */
export function useLaunchReviews(orgId: string, initialData: LaunchReviewView[]) {
  const qc = useQueryClient();
  const queryKey = ["launch-reviews", orgId];
  const reviews = useQuery({ queryKey, initialData, queryFn: async () => launchReviewListSchema.parse(await fetchJson("/api/v1/launch-reviews")).reviews });
  const save = useMutation({
    mutationFn: async (body: { name: string; inputs: LaunchInputs }) => launchReviewSchema.parse(await sendJson("POST", "/api/v1/launch-reviews", body)),
    onSuccess: () => qc.invalidateQueries({ queryKey }),
  });
  const remove = useMutation({
    mutationFn: (id: string) => sendJson("DELETE", `/api/v1/launch-reviews/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey }),
  });
  return { reviews, save, remove };
}
