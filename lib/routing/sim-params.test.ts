import { describe, expect, it } from "vitest";
import { parseSimParams, simParam, toApiScenario } from "@/lib/routing/sim-params";

describe("simulator URL parameters", () => {
  it("round-trip scenarios and map targets to the API's shape", () => {
    const s = parseSimParams(["support-chat~50~mid", "docs~12.5~openai/gpt-4.1-mini"]);
    expect(s).toEqual([{ feature: "support-chat", sharePct: "50", target: "mid" }, { feature: "docs", sharePct: "12.5", target: "openai/gpt-4.1-mini" }]);
    expect(s.map(simParam)).toEqual(["support-chat~50~mid", "docs~12.5~openai/gpt-4.1-mini"]);
    expect(toApiScenario(s[0])).toEqual({ feature: "support-chat", sharePct: "50", tier: "mid" });
    expect(toApiScenario(s[1])).toEqual({ feature: "docs", sharePct: "12.5", provider: "openai", model: "gpt-4.1-mini" });
    // a model with a slash in its name keeps it: only the first slash splits the provider off
    expect(toApiScenario({ feature: "f", sharePct: "1", target: "together/meta-llama/Llama-3" })).toMatchObject({ provider: "together", model: "meta-llama/Llama-3" });
  });
  it("drops malformed values and keeps at most six", () => {
    expect(parseSimParams(["", "a~1", "~1~mid", "a~1~", "a~1~mid~x"])).toEqual([]);
    expect(parseSimParams(Array.from({ length: 9 }, (_, i) => `f${i}~1~mid`))).toHaveLength(6);
  });
});
