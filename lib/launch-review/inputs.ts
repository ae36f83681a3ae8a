// The inputs of a launch review (docs/design.md §4): one zod schema for the saved
// object (strict: the API answers 400) and one reading of the URL (lenient, like
// lib/filters: an invalid parameter is reported and its default used), so a link
// reproduces the review exactly. Client-safe.
import { z } from "zod";
import { usdToNano } from "@/lib/money";
import { TIERS } from "@/lib/pricing/tiers";
import type { RevenueModel } from "@/lib/pnl/maths";

export const REVENUE_MODELS = ["monthly", "per_request", "per_user"] as const satisfies readonly RevenueModel[];
export const REVENUE_MODEL_LABELS: Record<RevenueModel, string> = { monthly: "Fixed per month", per_request: "Per request", per_user: "Per active user / month" };
export const MIX_MODES = ["tier", "model"] as const;
export type MixMode = (typeof MIX_MODES)[number];
export const MAX_MIX_MODELS = 8;

const MAX_REQUESTS = 10_000_000_000; // 10 billion a month
const MAX_TOKENS = 10_000_000; // per request: the largest context windows sold today
const MAX_USERS = 10_000_000_000;
const MAX_USD = 1_000_000_000;

const USD = /^\d{1,10}(\.\d{1,9})?$/;
const usd = z.string().trim().regex(USD, "a USD amount such as 0.01 (up to 9 decimals)").refine((v) => !USD.test(v) || usdToNano(v) <= BigInt(MAX_USD) * 1_000_000_000n, `at most ${MAX_USD.toLocaleString("en-US")} USD`);
const count = (max: number) => z.number().int("must be a whole number").min(0, "must be 0 or more").max(max, `must be at most ${max.toLocaleString("en-US")}`);
const pct = z.number().int("must be a whole percentage").min(0, "must be between 0 and 100").max(100, "must be between 0 and 100");
const name = (what: string, max: number) => z.string().min(1, `needs a ${what}`).max(max).regex(/^[^\p{C},]+$/u, `the ${what} must not contain commas or control characters`);

export const mixModelSchema = z.object({ provider: name("provider", 64), model: name("model", 200), pct });
export type MixModel = z.infer<typeof mixModelSchema>;

export const mixSchema = z.discriminatedUnion("by", [
  z.object({ by: z.literal("tier"), small: pct, mid: pct, frontier: pct }),
  z.object({ by: z.literal("model"), models: z.array(mixModelSchema).min(1, "choose at least one model").max(MAX_MIX_MODELS, `at most ${MAX_MIX_MODELS} models`) }),
]);
export type Mix = z.infer<typeof mixSchema>;

/** Why a mix cannot be used (shares not adding up to 100%, a model twice), or null. */
export function mixProblem(mix: Mix): string | null {
  const shares = mix.by === "tier" ? TIERS.map((t) => mix[t]) : mix.models.map((m) => m.pct);
  const sum = shares.reduce((a, b) => a + b, 0);
  if (mix.by === "model") {
    const keys = mix.models.map((m) => `${m.provider}/${m.model}`);
    const twice = keys.find((k, i) => keys.indexOf(k) !== i);
    if (twice) return `a model is in the mix twice: ${twice}`;
  }
  return sum === 100 ? null : `the model mix adds up to ${sum}%; it must add up to 100%`;
}

export const launchInputsSchema = z
  .object({
    requests: count(MAX_REQUESTS).min(1, "plan at least 1 request a month"),
    inputTokens: count(MAX_TOKENS),
    outputTokens: count(MAX_TOKENS),
    mix: mixSchema,
    cacheHitPct: pct,
    otherMonthlyUsd: usd,
    revenueModel: z.enum(REVENUE_MODELS),
    priceUsd: usd,
    users: count(MAX_USERS),
  })
  .strict()
  .superRefine((v, ctx) => {
    const problem = mixProblem(v.mix);
    if (problem) ctx.addIssue({ code: "custom", path: ["mix"], message: problem });
  });
export type LaunchInputs = z.infer<typeof launchInputsSchema>;

/** What a first visit shows: the reference 70/20/10 tier mix (docs/design.md §5), a cent a request. */
export const DEFAULT_INPUTS: LaunchInputs = {
  requests: 100_000,
  inputTokens: 1500,
  outputTokens: 300,
  mix: { by: "tier", small: 70, mid: 20, frontier: 10 },
  cacheHitPct: 10,
  otherMonthlyUsd: "0",
  revenueModel: "per_request",
  priceUsd: "0.01",
  users: 1000,
};

// ---- the URL --------------------------------------------------------------

/** URL parameter names (short: links are shared). */
export const PARAMS = ["requests", "in", "out", "mix", ...TIERS, "models", "cache", "other", "revenue", "price", "users"] as const;
export type LaunchParam = (typeof PARAMS)[number];
export type LaunchIssue = { param: LaunchParam; message: string };

const intParam = (schema: z.ZodNumber) => z.string().regex(/^\d+$/, "must be a whole number").transform(Number).pipe(schema);

/** `openai/gpt-4.1-mini:60,openai/gpt-4.1:40` – provider up to the first slash, share after the last colon. */
const modelsParam = z.string().transform((s, ctx) => {
  const out: MixModel[] = [];
  for (const part of s.split(",")) {
    const m = /^([^/]+)\/(.+):(\d{1,3})$/.exec(part.trim());
    const parsed = m ? mixModelSchema.safeParse({ provider: m[1], model: m[2], pct: Number(m[3]) }) : null;
    if (!parsed?.success) {
      ctx.addIssue({ code: "custom", message: `"${part}" is not provider/model:share (e.g. openai/gpt-4.1-mini:60)` });
      return z.NEVER;
    }
    out.push(parsed.data);
  }
  if (out.length > MAX_MIX_MODELS) {
    ctx.addIssue({ code: "custom", message: `at most ${MAX_MIX_MODELS} models` });
    return z.NEVER;
  }
  return out;
});

const PARAM_SCHEMAS = {
  requests: intParam(count(MAX_REQUESTS).min(1, "plan at least 1 request a month")),
  in: intParam(count(MAX_TOKENS)),
  out: intParam(count(MAX_TOKENS)),
  mix: z.enum(MIX_MODES, { error: "must be tier or model" }),
  small: intParam(pct),
  mid: intParam(pct),
  frontier: intParam(pct),
  models: modelsParam,
  cache: intParam(pct),
  other: usd,
  revenue: z.enum(REVENUE_MODELS, { error: `must be one of ${REVENUE_MODELS.join(", ")}` }),
  price: usd,
  users: intParam(count(MAX_USERS)),
} satisfies Record<LaunchParam, z.ZodType>;

type SearchLike = URLSearchParams | Record<string, string | string[] | undefined>;

function firstValue(search: SearchLike, key: string): string | undefined {
  const v = search instanceof URLSearchParams ? (search.get(key) ?? undefined) : search[key];
  const first = Array.isArray(v) ? v[0] : v;
  return first === "" ? undefined : first;
}

/**
 * Read a review from URL parameters (pages): each invalid parameter becomes an
 * issue and its default is used. A mix that does not add up is kept as given
 * (the page shows why there is no result); `mixProblem` says what is wrong.
 */
export function parseLaunchParams(search: SearchLike): { inputs: LaunchInputs; issues: LaunchIssue[] } {
  const issues: LaunchIssue[] = [];
  const read = <K extends LaunchParam>(param: K): z.output<(typeof PARAM_SCHEMAS)[K]> | undefined => {
    const raw = firstValue(search, param);
    if (raw === undefined) return undefined;
    const parsed = PARAM_SCHEMAS[param].safeParse(raw);
    if (parsed.success) return parsed.data as z.output<(typeof PARAM_SCHEMAS)[K]>;
    issues.push({ param, message: parsed.error.issues[0]?.message ?? "invalid" });
    return undefined;
  };
  const d = DEFAULT_INPUTS;
  const by = read("mix") ?? (firstValue(search, "models") !== undefined ? "model" : "tier");
  let mix: Mix;
  if (by === "model") {
    const models = read("models");
    if (models === undefined && !issues.some((i) => i.param === "models")) issues.push({ param: "models", message: "a model mix needs models=provider/model:share,…" });
    mix = models ? { by: "model", models } : d.mix;
  } else {
    const dm = d.mix as Extract<Mix, { by: "tier" }>;
    mix = { by: "tier", small: read("small") ?? dm.small, mid: read("mid") ?? dm.mid, frontier: read("frontier") ?? dm.frontier };
  }
  const inputs: LaunchInputs = {
    requests: read("requests") ?? d.requests,
    inputTokens: read("in") ?? d.inputTokens,
    outputTokens: read("out") ?? d.outputTokens,
    mix,
    cacheHitPct: read("cache") ?? d.cacheHitPct,
    otherMonthlyUsd: read("other") ?? d.otherMonthlyUsd,
    revenueModel: read("revenue") ?? d.revenueModel,
    priceUsd: read("price") ?? d.priceUsd,
    users: read("users") ?? d.users,
  };
  return { inputs, issues };
}

/** The URL parameters of a review: every input written out, so a shared link never depends on today's defaults. */
export function launchParams(inputs: LaunchInputs): URLSearchParams {
  const p = new URLSearchParams();
  p.set("requests", String(inputs.requests));
  p.set("in", String(inputs.inputTokens));
  p.set("out", String(inputs.outputTokens));
  p.set("mix", inputs.mix.by);
  if (inputs.mix.by === "tier") for (const t of TIERS) p.set(t, String(inputs.mix[t]));
  else p.set("models", inputs.mix.models.map((m) => `${m.provider}/${m.model}:${m.pct}`).join(","));
  p.set("cache", String(inputs.cacheHitPct));
  p.set("other", inputs.otherMonthlyUsd);
  p.set("revenue", inputs.revenueModel);
  p.set("price", inputs.priceUsd);
  p.set("users", String(inputs.users));
  return p;
}

