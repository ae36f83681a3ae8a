import { describe, expect, it } from "vitest";
import { eventSchema } from "@/lib/ingest/schemas";
import { toEventRow } from "@/lib/ingest/to-row";
import type { OrgPricing } from "@/lib/pricing/resolve";

const noOverrides: OrgPricing = { overrides: new Map(), tiers: new Map() };
const ids = { teamId: "t", featureId: "f" };
const row = (fields: Record<string, unknown>) =>
  toEventRow(eventSchema.parse({ eventId: "e1", timestamp: "2026-06-15T12:00:00Z", ...fields }), noOverrides, ids);

describe("toEventRow prices events with the catalog's tiers and reasoning prices", () => {
  it("a 300k-token gemini-2.5-pro prompt pays the long-context tier on all tokens: 300000×$2.50 + 2000×$15 per Mtok", () => {
    expect(row({ model: "gemini-2.5-pro", provider: "google", inputTokens: 300_000, outputTokens: 2_000 })).toMatchObject({ costNano: 780_000_000n, costSource: "computed", tier: "mid" });
  });

  it("reasoning tokens reach the formula: sonar-deep-research 2000×$2 + 500×$8 + 2500×$3 per Mtok", () => {
    expect(row({ model: "sonar-deep-research", provider: "perplexity", inputTokens: 2_000, outputTokens: 3_000, reasoningTokens: 2_500 })).toMatchObject({ costNano: 15_500_000n, reasoningTokens: 2_500 });
  });

  it("a model priced only per audio hour is stored unpriced at 0, not as a computed zero", () => {
    expect(row({ model: "whisper-1", provider: "openai", inputTokens: 10 })).toMatchObject({ costNano: 0n, costSource: "unpriced", tier: null });
  });
});
