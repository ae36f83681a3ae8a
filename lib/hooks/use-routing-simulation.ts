"use client";

import { useQuery } from "@tanstack/react-query";
import { sendJson } from "@/lib/hooks/fetch-json";
import { simulationSchema, type Simulation } from "@/lib/routing/schemas";
import { toApiScenario, type SimScenario } from "@/lib/routing/sim-params";

/** The simulator's figures for the scenarios over the range, keyed [domain, range, scenarios]. */
export function useRoutingSimulation(range: { from: string; to: string }, scenarios: SimScenario[]) {
  return useQuery<Simulation>({
    queryKey: ["routing-simulation", range.from, range.to, scenarios],
    queryFn: async () => simulationSchema.parse(await sendJson("POST", "/api/v1/routing/simulate", { from: range.from, to: range.to, scenarios: scenarios.map(toApiScenario) })),
    enabled: scenarios.length > 0,
    placeholderData: (previous) => previous,
    retry: false,
  });
}
