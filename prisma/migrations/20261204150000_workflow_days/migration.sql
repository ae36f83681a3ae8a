-- Workflow summary per (UTC day, team, feature) for settled days, so the workflows
-- summary reads days instead of every trace of its range (lib/workflows/summary.ts
-- fills it in the background; readers compute unsummarized and dirty days live).
-- trace_rollups' index becomes (org_id, day, cost_nano DESC): each day's most
-- expensive workflows, and the live days' traces.

-- DropIndex
DROP INDEX "trace_rollups_org_id_day_feature_id_steps_cost_nano_max_ste_idx";

-- CreateTable
CREATE TABLE "workflow_days" (
    "org_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "team_id" UUID NOT NULL,
    "feature_id" UUID NOT NULL,
    "workflows" BIGINT NOT NULL DEFAULT 0,
    "steps" BIGINT NOT NULL DEFAULT 0,
    "cost_nano" DECIMAL(38,0) NOT NULL DEFAULT 0,
    "ratio_sum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "ratio_n" BIGINT NOT NULL DEFAULT 0,
    "one_step" BIGINT NOT NULL DEFAULT 0,
    "one_step_cost_nano" DECIMAL(38,0) NOT NULL DEFAULT 0,

    CONSTRAINT "workflow_days_pkey" PRIMARY KEY ("org_id","day","team_id","feature_id")
);

-- CreateTable
CREATE TABLE "workflow_summary_state" (
    "org_id" UUID NOT NULL,
    "summarized_through" DATE NOT NULL,

    CONSTRAINT "workflow_summary_state_pkey" PRIMARY KEY ("org_id")
);

-- CreateTable
CREATE TABLE "workflow_dirty_days" (
    "org_id" UUID NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "workflow_dirty_days_pkey" PRIMARY KEY ("org_id","day")
);

-- CreateIndex
CREATE INDEX "trace_rollups_org_id_day_cost_nano_idx" ON "trace_rollups"("org_id", "day", "cost_nano" DESC);

