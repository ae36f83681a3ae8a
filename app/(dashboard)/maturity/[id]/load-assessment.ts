import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/api/errors";
import { uuidParam } from "@/lib/api/route";
import { getAssessment } from "@/lib/maturity/queries";

/**
 * The assessment, or the in-frame 404 for another org's, an unknown or a
 * malformed id; cached per request, so the layout's check and the page share one load.
 */
export const loadAssessment = cache(async (orgId: string, id: string) => {
  try {
    return await getAssessment(orgId, uuidParam(id, "assessment"));
  } catch (err) {
    if (err instanceof AppError && err.status === 404) notFound();
    throw err;
  }
});
