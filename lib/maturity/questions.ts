// The maturity questionnaire (docs/design.md §7), as versioned data: seven levels,
// 3–5 yes/partly/no questions per level drawn from its description, plus the
// five-step practice checklist (level null). A saved assessment stores the version
// it answered, and every version stays here so old results still render: change
// wording or questions by adding a version and pointing CURRENT_VERSION at it.
// Client-safe: no server imports.

export const ANSWERS = ["yes", "partly", "no"] as const;
export type Answer = (typeof ANSWERS)[number];

export const DIMENSIONS = [
  { id: "tracking", label: "Tracking" },
  { id: "routing-caching", label: "Routing & caching" },
  { id: "budgets-governance", label: "Budgets & governance" },
  { id: "quality", label: "Quality" },
  { id: "unit-economics", label: "Unit economics" },
  { id: "scale", label: "Scale" },
] as const;
export type DimensionId = (typeof DIMENSIONS)[number]["id"];
export const DIMENSION_IDS = DIMENSIONS.map((d) => d.id) as [DimensionId, ...DimensionId[]];

export const PRACTICE_STEPS = ["understand", "measure", "optimise", "monitor", "scale"] as const;
export type PracticeStep = (typeof PRACTICE_STEPS)[number];

export type Level = { level: number; name: string; percent: number; description: string };

export type Question = {
  id: string;
  /** 1–7, or null for the practice checklist */
  level: number | null;
  dimension: DimensionId;
  text: string;
  help: string;
  /** Costwise's own data can answer it (lib/maturity/evidence.ts) */
  evidence: boolean;
  practiceStep: PracticeStep | null;
  /** the concrete step to take while the answer is not "yes", and the page that helps */
  step: { text: string; href: string };
};

export type Questionnaire = { version: string; levels: Level[]; dimensions: typeof DIMENSIONS; questions: Question[] };

/** Level 0: level 1 is not met yet. */
export const NOT_STARTED = { level: 0, name: "Not started", percent: 0 } as const;

export const LEVELS: Level[] = [
  { level: 1, name: "Experimental", percent: 14, description: "AI explored ad hoc; no cost tracking, governance or production SLAs." },
  { level: 2, name: "Pilot", percent: 29, description: "In production for 1–2 features; basic cost monitoring; manual model management." },
  { level: 3, name: "Operational", percent: 43, description: "AI across multiple features; an MLOps pipeline; unit economics tracked." },
  { level: 4, name: "Scaled", percent: 57, description: "Routing, caching and batching cut costs 40–60%; A/B testing active." },
  { level: 5, name: "Optimized", percent: 71, description: "Fine-tuning and distillation cut costs further; automated quality monitoring; feature-level P&L." },
  { level: 6, name: "Strategic", percent: 86, description: "AI is a competitive moat; margins healthy at 100× scale; custom models deployed." },
  { level: 7, name: "Market Leading", percent: 100, description: "Innovates on AI cost economics; published benchmarks and open-source contributions." },
];

type Q = Omit<Question, "evidence" | "practiceStep"> & { evidence?: boolean; practiceStep?: PracticeStep };
const q = (x: Q): Question => ({ evidence: false, practiceStep: null, ...x });

const V2026_12_1: Question[] = [
  // 1 Experimental
  q({ id: "l1-ai-in-use", level: 1, dimension: "scale", text: "Is AI in use in at least one product feature or internal workflow?", help: "Beyond individuals trying a chatbot: a feature or workflow your company runs calls a model.", step: { text: "Pick one feature or workflow and ship a first AI-backed version", href: "/overview" } }),
  q({ id: "l1-spend-known", level: 1, dimension: "tracking", evidence: true, text: "Can you say what the organisation spent on AI models last month?", help: "From provider invoices or a cost tracker, without a week of spreadsheet work.", step: { text: "Send your AI usage to Costwise so every call is priced", href: "/overview" } }),
  q({ id: "l1-owned-accounts", level: 1, dimension: "budgets-governance", text: "Are AI provider accounts and API keys owned by the company rather than by individuals?", help: "No personal cards or personal keys in production; someone can revoke access when people leave.", step: { text: "Move provider accounts and keys to company-owned accounts", href: "/settings/api-keys" } }),

  // 2 Pilot
  q({ id: "l2-production-features", level: 2, dimension: "scale", text: "Is at least one AI feature in production, serving real users or customers?", help: "Live traffic with an owner and someone on call, not a demo.", step: { text: "Take a pilot feature to production with an owner and an SLA", href: "/pnl" } }),
  q({ id: "l2-cost-monitoring", level: 2, dimension: "tracking", evidence: true, text: "Is the cost of every AI request tracked, by feature and team?", help: "Each call is priced (tokens × the model's price) and attributed, so a spend change can be explained.", step: { text: "Price every model you call (add prices for unpriced models)", href: "/settings/prices" } }),
  q({ id: "l2-model-inventory", level: 2, dimension: "budgets-governance", text: "Do you keep a list of the models in use, who owns each and why it was chosen?", help: "Manual model management: a maintained inventory with an owner per model.", step: { text: "Write down each model in use with its owner and tier", href: "/settings/tiers" } }),
  q({ id: "l2-feature-owners", level: 2, dimension: "budgets-governance", text: "Does every AI feature have a named owning team?", help: "Unowned spend is nobody's to cut; features should be registered under a team.", step: { text: "Assign every AI feature to an owning team", href: "/settings/teams" } }),

  // 3 Operational
  q({ id: "l3-multiple-features", level: 3, dimension: "scale", text: "Is AI in production across several features (three or more)?", help: "More than a single pilot: several product capabilities depend on models.", step: { text: "Extend AI to more features, each tracked as its own feature key", href: "/overview" } }),
  q({ id: "l3-mlops-pipeline", level: 3, dimension: "quality", text: "Do model and prompt changes go through a repeatable pipeline (versioning, evaluation, staged rollout)?", help: "An MLOps / LLMOps pipeline: changes are versioned, evaluated on a test set and rolled out gradually.", step: { text: "Put prompts and model choices under version control with an evaluation step", href: "/quality" } }),
  q({ id: "l3-unit-economics", level: 3, dimension: "unit-economics", evidence: true, text: "Do you know each AI feature's cost per request or per user next to what it earns?", help: "Unit economics: cost per request or user against the revenue of that request or user.", step: { text: "Enter revenue for your AI features", href: "/pnl" } }),
  q({ id: "l3-team-budgets", level: 3, dimension: "budgets-governance", evidence: true, text: "Does every team that spends on AI have a budget with alerts?", help: "A weekly, monthly or quarterly budget per team, with thresholds that alert before it runs out.", step: { text: "Set a budget with alert thresholds for every team that spends on AI", href: "/budgets" } }),

  // 4 Scaled
  q({ id: "l4-routing-savings", level: 4, dimension: "routing-caching", evidence: true, text: "Do routing, caching and batching cut your AI bill by 40% or more against sending everything to a frontier model?", help: "Routing savings: what small and mid-tier models (and cache hits) cost against the same tokens on your reference frontier model.", step: { text: "Route more traffic to cheaper models: use the what-if simulator on your frontier-heavy features", href: "/routing" } }),
  q({ id: "l4-caching", level: 4, dimension: "routing-caching", text: "Do you cache responses or use provider prompt caching where requests repeat?", help: "An application response cache for repeated questions, and stable prompt prefixes so providers can cache them.", step: { text: "Turn on response caching or prompt caching for repetitive features", href: "/routing" } }),
  q({ id: "l4-batching", level: 4, dimension: "routing-caching", text: "Do you use batch APIs for work that does not need an immediate answer?", help: "Providers' batch endpoints typically halve the price of offline work (classification, summaries, evaluations).", step: { text: "Move offline workloads to the providers' batch APIs", href: "/routing" } }),
  q({ id: "l4-ab-testing", level: 4, dimension: "quality", text: "Do you A/B test models or prompts on cost and quality before switching?", help: "A share of live traffic tries the candidate; cost per request and quality are compared before rollout.", step: { text: "A/B test a cheaper model against the current one on cost and quality", href: "/quality" } }),
  q({ id: "l4-anomaly-alerts", level: 4, dimension: "budgets-governance", evidence: true, text: "Do cost anomaly alerts reach someone who acts on them?", help: "Spend spikes are detected automatically and sent where the team looks (Slack or a webhook), not only kept in a dashboard.", step: { text: "Send alerts to Slack or a webhook so spikes reach the team", href: "/settings/webhooks" } }),

  // 5 Optimized
  q({ id: "l5-fine-tuning", level: 5, dimension: "routing-caching", text: "Have fine-tuning or distillation moved workloads to smaller, cheaper models?", help: "A smaller model trained on a larger model's outputs (or your data) serves a workload at a fraction of the cost.", step: { text: "Distil a high-volume frontier workload into a fine-tuned small model", href: "/routing" } }),
  q({ id: "l5-quality-monitoring", level: 5, dimension: "quality", evidence: true, text: "Is output quality monitored automatically in production?", help: "Evaluator scores, hallucination checks or guardrail results are recorded with the calls they judge.", step: { text: "Send quality signals (score, hallucination, guardrail) with your events", href: "/quality" } }),
  q({ id: "l5-feature-pnl", level: 5, dimension: "unit-economics", evidence: true, text: "Does every AI feature have a P&L: revenue against AI cost, with its contribution margin?", help: "Feature-level P&L: revenue minus token and other AI costs, per feature and month.", step: { text: "Enter revenue for every AI feature with spend", href: "/pnl" } }),
  q({ id: "l5-cost-quality", level: 5, dimension: "quality", text: "Do you choose each feature's model from measured cost against quality?", help: "The cheapest model that keeps the quality the feature needs, from your own measurements.", step: { text: "Compare models on the cost–quality frontier and switch where a cheaper one keeps quality", href: "/quality" } }),

  // 6 Strategic
  q({ id: "l6-margins-100x", level: 6, dimension: "unit-economics", evidence: true, text: "Would your AI features keep healthy margins (50% or more) at 100× today's volume?", help: "Token costs grow with requests; revenue may not. The P&L's scale projection shows each feature at 100×.", step: { text: "Review features whose margin falls below 50% at 100× volume", href: "/launch-review" } }),
  q({ id: "l6-launch-review", level: 6, dimension: "unit-economics", text: "Does every new AI feature pass a margin review before it ships?", help: "Planned volume, model mix and price give a projected margin, checked before launch.", step: { text: "Run a launch review for the next AI feature before it ships", href: "/launch-review" } }),
  q({ id: "l6-custom-models", level: 6, dimension: "scale", text: "Do you run custom or self-hosted models where they beat vendors on cost or quality?", help: "Models you trained or host yourselves serve production traffic where they pay off.", step: { text: "Evaluate a custom or self-hosted model for your largest workload", href: "/launch-review" } }),
  q({ id: "l6-moat", level: 6, dimension: "scale", text: "Is your AI cost efficiency a competitive advantage (prices or features others cannot match)?", help: "Cost per outcome low enough to change what you can offer.", step: { text: "Turn cost per outcome into a pricing or product advantage", href: "/benchmarks" } }),

  // 7 Market Leading
  q({ id: "l7-benchmarks", level: 7, dimension: "unit-economics", text: "Do you publish benchmarks of your AI cost economics?", help: "Public figures on cost per request, margins or routing savings that others compare against.", step: { text: "Publish your AI cost benchmarks", href: "/benchmarks" } }),
  q({ id: "l7-open-source", level: 7, dimension: "scale", text: "Do you contribute open-source tools, models or research on AI cost efficiency?", help: "Code, models or papers others use to cut their AI costs.", step: { text: "Open-source a tool or model that cut your AI costs", href: "/benchmarks" } }),
  q({ id: "l7-innovation", level: 7, dimension: "routing-caching", text: "Have you built techniques (routing, caching, serving) that cut AI cost beyond what vendors offer?", help: "Your own routers, caches or serving stacks with measured savings beyond off-the-shelf options.", step: { text: "Build and measure a routing or serving technique of your own", href: "/routing" } }),

  // The five-step practice checklist
  q({ id: "p-understand", level: null, practiceStep: "understand", dimension: "tracking", text: "Understand: do you know which features, teams and models drive your AI spend?", help: "The top spenders by feature, team and model, and how that changed since last month.", step: { text: "Review the top features, teams and models by spend", href: "/overview" } }),
  q({ id: "p-measure", level: null, practiceStep: "measure", dimension: "tracking", text: "Measure: is every AI call measured (tokens, cost, latency) with its feature and team?", help: "Every service sends its usage, tagged with team and feature keys.", step: { text: "Tag every AI call with its team and feature and send it to Costwise", href: "/overview" } }),
  q({ id: "p-optimise", level: null, practiceStep: "optimise", dimension: "routing-caching", text: "Optimise: do you act on the measurements regularly (routing, caching, prompt trimming)?", help: "Someone owns cost reduction and ships changes from what the data shows.", step: { text: "Schedule a monthly cost review and act on its top finding", href: "/routing" } }),
  q({ id: "p-monitor", level: null, practiceStep: "monitor", dimension: "budgets-governance", text: "Monitor: do budgets, alerts and quality checks watch spend and output continuously?", help: "Budgets with thresholds, anomaly alerts and quality signals, not a quarterly surprise.", step: { text: "Set budgets and alerts so spend is watched continuously", href: "/alerts" } }),
  q({ id: "p-scale", level: null, practiceStep: "scale", dimension: "scale", text: "Scale: do you check unit economics before increasing volume or launching features?", help: "The margin at 10× and 100× volume is known before growth, not after.", step: { text: "Check the 10× and 100× projection before growing a feature", href: "/launch-review" } }),
];

/** Every questionnaire version ever saved against; never remove one. */
export const QUESTIONNAIRES: Record<string, Questionnaire> = {
  "2026-12.1": { version: "2026-12.1", levels: LEVELS, dimensions: DIMENSIONS, questions: V2026_12_1 },
};

export const CURRENT_VERSION = "2026-12.1";

export function questionnaire(version: string = CURRENT_VERSION): Questionnaire | null {
  return Object.hasOwn(QUESTIONNAIRES, version) ? QUESTIONNAIRES[version] : null;
}

export const currentQuestionnaire = (): Questionnaire => QUESTIONNAIRES[CURRENT_VERSION];
