import { describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, launchInputsSchema, launchParams, parseLaunchParams, type LaunchInputs } from "@/lib/launch-review/inputs";

const SHARED = "requests=100000&in=1000&out=500&mix=model&models=openai%2Fgpt-4.1%3A40%2Copenai%2Fgpt-4.1-mini%3A60&cache=0&other=0&revenue=per_request&price=0.00624&users=0";

describe("launch review inputs in the URL", () => {
  it("default to 100k requests, the reference 70/20/10 tier mix and a cent a request", () => {
    expect(parseLaunchParams({})).toEqual({ inputs: DEFAULT_INPUTS, issues: [] });
  });

  it("read a shared link exactly and write it back unchanged", () => {
    const { inputs, issues } = parseLaunchParams(new URLSearchParams(SHARED));
    expect(issues).toEqual([]);
    expect(inputs).toEqual({
      requests: 100_000, inputTokens: 1000, outputTokens: 500,
      mix: { by: "model", models: [{ provider: "openai", model: "gpt-4.1", pct: 40 }, { provider: "openai", model: "gpt-4.1-mini", pct: 60 }] },
      cacheHitPct: 0, otherMonthlyUsd: "0", revenueModel: "per_request", priceUsd: "0.00624", users: 0,
    });
    expect(launchParams(inputs).toString()).toBe(SHARED);
    // a model name may hold slashes and colons: the provider ends at the first slash, the share follows the last colon
    expect(parseLaunchParams({ mix: "model", models: "bedrock/anthropic.claude-v2:1:100" }).inputs.mix).toEqual({ by: "model", models: [{ provider: "bedrock", model: "anthropic.claude-v2:1", pct: 100 }] });
  });

  it("round-trip a tier mix, and the server's record reads like the browser's URLSearchParams (first value wins)", () => {
    const tier: LaunchInputs = { ...DEFAULT_INPUTS, mix: { by: "tier", small: 50, mid: 30, frontier: 20 }, revenueModel: "per_user", users: 2500, priceUsd: "4.5" };
    const url = launchParams(tier);
    expect(parseLaunchParams(url).inputs).toEqual(tier);
    expect(parseLaunchParams({ ...Object.fromEntries(url), small: ["50", "90"] }).inputs).toEqual(tier);
  });

  it("report each invalid value and use its default, keeping the valid rest", () => {
    const { inputs, issues } = parseLaunchParams({ requests: "lots", in: "-5", cache: "120", price: "1,5", revenue: "barter", out: "700", models: "gpt-4o", mix: "model" });
    expect(issues).toEqual([
      { param: "models", message: '"gpt-4o" is not provider/model:share (e.g. openai/gpt-4.1-mini:60)' },
      { param: "requests", message: "must be a whole number" },
      { param: "in", message: "must be a whole number" },
      { param: "cache", message: "must be between 0 and 100" },
      { param: "revenue", message: "must be one of monthly, per_request, per_user" },
      { param: "price", message: "a USD amount such as 0.01 (up to 9 decimals)" },
    ]);
    expect(inputs).toEqual({ ...DEFAULT_INPUTS, outputTokens: 700 });
  });

  it("keep a mix that does not add up (the page says why), while the saved-review schema rejects it", () => {
    const { inputs, issues } = parseLaunchParams({ small: "60", mid: "20", frontier: "10" });
    expect(issues).toEqual([]);
    expect(inputs.mix).toEqual({ by: "tier", small: 60, mid: 20, frontier: 10 });
    const parsed = launchInputsSchema.safeParse(inputs);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["mix", "the model mix adds up to 90%; it must add up to 100%"]]);
  });

  it("the saved-review schema is strict: unknown fields, a model twice, fractions and out-of-range values are errors", () => {
    const bad = (over: Record<string, unknown>) => launchInputsSchema.safeParse({ ...DEFAULT_INPUTS, ...over }).error?.issues.map((i) => i.path.join("."));
    expect(launchInputsSchema.parse(DEFAULT_INPUTS)).toEqual(DEFAULT_INPUTS);
    expect(bad({ extra: 1 })).toEqual([""]);
    expect(bad({ mix: { by: "model", models: [{ provider: "openai", model: "gpt-4.1", pct: 50 }, { provider: "openai", model: "gpt-4.1", pct: 50 }] } })).toEqual(["mix"]);
    expect(bad({ requests: 0.5, cacheHitPct: 101, priceUsd: "-1", users: -1 })).toEqual(["requests", "cacheHitPct", "priceUsd", "users"]);
    expect(bad({ mix: { by: "model", models: [{ provider: "openai", model: "a,b", pct: 100 }] } })).toEqual(["mix.models.0.model"]);
  });
});
