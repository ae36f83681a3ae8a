-- Per-batch partial trace rows, appended by ingest and folded into trace_rollups (lib/rollups/fold-traces.ts).
-- CreateTable
CREATE TABLE "trace_partials" (
    "org_id" UUID NOT NULL,
    "trace_id" TEXT NOT NULL,
    "day" DATE,
    "feature_id" UUID,
    "team_id" UUID,
    "start_ts" TIMESTAMPTZ(3),
    "end_ts" TIMESTAMPTZ(3),
    "steps" BIGINT NOT NULL DEFAULT 0,
    "errors" BIGINT NOT NULL DEFAULT 0,
    "cost_nano" DECIMAL(38,0) NOT NULL DEFAULT 0,
    "max_step_cost_nano" BIGINT NOT NULL DEFAULT 0,
    "input_tokens" DECIMAL(38,0) NOT NULL DEFAULT 0,
    "output_tokens" DECIMAL(38,0) NOT NULL DEFAULT 0,
    "latency_ms_sum" BIGINT NOT NULL DEFAULT 0
);

