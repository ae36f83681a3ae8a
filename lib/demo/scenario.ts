// The demo org's story: three teams, eight features with different economics,
// real model names across all three tiers. Margins are targets the generator
// prices revenue for; actual figures come out of the generated events.

export type DemoModel = { provider: string; model: string };

export const DEMO_TEAMS = [
  { key: "support", name: "Customer Support" },
  { key: "growth", name: "Growth" },
  { key: "platform", name: "Platform" },
] as const;

export type DemoFeature = {
  key: string;
  name: string;
  team: (typeof DEMO_TEAMS)[number]["key"];
  /** requests (or traces, for multi-step features) on a weekday at today's volume */
  weekdayRequests: number;
  mix: readonly (readonly [DemoModel, number])[];
  inputTokens: number;
  outputTokens: number;
  /** share of requests answered from the app's own response cache */
  appCacheRate: number;
  /** share of requests that hit the provider's prompt cache, and how much of the input it covers */
  promptCacheRate: number;
  steps: readonly [number, number];
  /** the model the feature asks its gateway for, which routes each request to a model of `mix` (sent as requestedModel) */
  requestedModel?: DemoModel;
  users: number;
  revenueModel: "monthly" | "per_request" | "per_user";
  /** contribution margin the revenue is priced for */
  targetMargin: number;
  /** other monthly AI costs in USD (vector DB, GPU, storage) */
  otherMonthlyUsd?: { category: string; usd: number };
};

const m = (provider: string, model: string): DemoModel => ({ provider, model });
export const GPT_4O_MINI = m("openai", "gpt-4o-mini");
export const GPT_41_NANO = m("openai", "gpt-4.1-nano");
export const GEMINI_FLASH = m("google", "gemini-2.0-flash");
export const MISTRAL_SMALL = m("mistral", "mistral-small-latest");
export const GPT_4O = m("openai", "gpt-4o");
export const GPT_41 = m("openai", "gpt-4.1");
export const O4_MINI = m("openai", "o4-mini");
export const HAIKU = m("anthropic", "claude-3-5-haiku-20241022");
export const GEMINI_PRO = m("google", "gemini-2.5-pro");
export const SONNET = m("anthropic", "claude-sonnet-4-20250514");
export const OPUS = m("anthropic", "claude-opus-4-1-20250805");
/** a self-hosted model with no catalog price: shows up as "unpriced" */
export const SELF_HOSTED = m("self-hosted", "llama-3.1-70b-internal");

/** the reference frontier model routing savings are measured against */
export const DEMO_REFERENCE_MODEL = SONNET;

export const DEMO_FEATURES: DemoFeature[] = [
  {
    key: "support-chat", name: "Support chat", team: "support", weekdayRequests: 900,
    mix: [[GPT_4O_MINI, 0.6], [HAIKU, 0.25], [SONNET, 0.15]],
    inputTokens: 1800, outputTokens: 350, appCacheRate: 0.12, promptCacheRate: 0.4, steps: [1, 1], requestedModel: SONNET,
    users: 4000, revenueModel: "per_user", targetMargin: 0.72,
  },
  {
    key: "ticket-triage", name: "Ticket triage", team: "support", weekdayRequests: 700,
    mix: [[GPT_41_NANO, 0.7], [GPT_4O_MINI, 0.3]],
    inputTokens: 900, outputTokens: 60, appCacheRate: 0.05, promptCacheRate: 0.2, steps: [1, 1],
    users: 60, revenueModel: "monthly", targetMargin: 0.85, // a flat internal charge-back: its lead enters it monthly
  },
  {
    key: "email-drafts", name: "Email drafts", team: "growth", weekdayRequests: 400,
    mix: [[GPT_4O, 0.5], [GPT_4O_MINI, 0.5]],
    inputTokens: 1200, outputTokens: 500, appCacheRate: 0.02, promptCacheRate: 0.1, steps: [1, 1],
    users: 1500, revenueModel: "per_request", targetMargin: 0.55,
  },
  {
    key: "product-search", name: "Product search", team: "growth", weekdayRequests: 1100,
    mix: [[GEMINI_FLASH, 0.6], [MISTRAL_SMALL, 0.25], [GPT_4O_MINI, 0.15]],
    inputTokens: 600, outputTokens: 120, appCacheRate: 0.25, promptCacheRate: 0.1, steps: [1, 1],
    users: 9000, revenueModel: "per_request", targetMargin: 0.8,
    otherMonthlyUsd: { category: "vector_db", usd: 40 },
  },
  {
    key: "sales-assistant", name: "Sales assistant", team: "growth", weekdayRequests: 160,
    mix: [[OPUS, 0.45], [SONNET, 0.55]],
    inputTokens: 6000, outputTokens: 1200, appCacheRate: 0, promptCacheRate: 0.15, steps: [1, 1],
    users: 120, revenueModel: "monthly", targetMargin: -0.35,
  },
  {
    key: "code-review", name: "Code review bot", team: "platform", weekdayRequests: 250,
    mix: [[SONNET, 0.5], [GPT_41, 0.3], [GEMINI_PRO, 0.2]],
    inputTokens: 9000, outputTokens: 900, appCacheRate: 0, promptCacheRate: 0.35, steps: [1, 1],
    users: 220, revenueModel: "monthly", targetMargin: 0.35,
  },
  {
    key: "doc-summarizer", name: "Document summarizer", team: "platform", weekdayRequests: 500,
    mix: [[HAIKU, 0.47], [GPT_4O_MINI, 0.3], [GEMINI_PRO, 0.2], [SELF_HOSTED, 0.03]],
    inputTokens: 7000, outputTokens: 400, appCacheRate: 0.08, promptCacheRate: 0.5, steps: [1, 1],
    users: 2500, revenueModel: "per_request", targetMargin: 0.6,
    otherMonthlyUsd: { category: "storage", usd: 25 },
  },
  {
    key: "agent-workflows", name: "Research agent", team: "platform", weekdayRequests: 120,
    mix: [[SONNET, 0.3], [GPT_4O_MINI, 0.4], [GPT_41, 0.15], [O4_MINI, 0.15]],
    inputTokens: 3000, outputTokens: 500, appCacheRate: 0, promptCacheRate: 0.3, steps: [3, 7],
    users: 700, revenueModel: "per_user", targetMargin: 0.45,
    otherMonthlyUsd: { category: "gpu", usd: 60 },
  },
];

/** The injected cost spike: a bulk import routed to the frontier model. */
export const DEMO_SPIKE = {
  feature: "doc-summarizer",
  daysAgo: 3,
  startHourUtc: 13,
  hours: 5,
  requestsPerHour: 50,
  model: OPUS,
  inputTokens: 10000,
  outputTokens: 1500,
  endUserId: "u-bulk-import-svc",
} as const;
