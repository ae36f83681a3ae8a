// Deterministic synthetic events for the ingest benchmark: realistic spread over
// models, teams, features, users and two days of timestamps.
import { createRng } from "@/lib/demo/random";

const MODELS = ["gpt-4o-mini", "gpt-4o", "claude-sonnet-4-20250514", "gemini-2.0-flash", "claude-3-5-haiku-20241022"];
const TEAMS = ["support", "growth", "platform"];
const FEATURES = ["chat", "search", "summaries", "triage", "drafts", "agent", "review", "extract"];

export type BenchEvent = {
  eventId: string;
  timestamp: string;
  model: string;
  team: string;
  feature: string;
  userId: string;
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens: number;
  latencyMs: number;
  traceId: string;
};

export function benchEvent(i: number, runId: string, base: number, rng = createRng(i)): BenchEvent {
  const input = rng.int(200, 8000);
  return {
    eventId: `${runId}-${i}`,
    timestamp: new Date(base - rng.int(0, 2 * 86_400_000)).toISOString(),
    model: MODELS[i % MODELS.length],
    team: TEAMS[i % TEAMS.length],
    feature: FEATURES[i % FEATURES.length],
    userId: `u-${rng.int(1, 1000)}`,
    inputTokens: input,
    outputTokens: rng.int(20, 1200),
    cachedInputTokens: rng.chance(0.3) ? Math.floor(input / 2) : 0,
    latencyMs: rng.int(200, 4000),
    traceId: `t-${runId}-${Math.floor(i / 3)}`,
  };
}
