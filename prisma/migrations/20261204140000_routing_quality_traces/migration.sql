-- Routing, quality and workflow figures (issue 11): daily rollups gain the
-- requested model as a key column (downgrade rate), quality-signal counts and
-- the traced share of requests and cost; trace_rollups holds one row per
-- workflow (traceId). Both are backfilled from the stored events.

-- AlterTable
ALTER TABLE "daily_rollups" ADD COLUMN "requested_model" TEXT NOT NULL DEFAULT '',
ADD COLUMN "quality_scored" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN "quality_score_sum" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN "hallucination_checked" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN "hallucinations" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN "guardrail_checked" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN "guardrail_blocks" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN "traced_requests" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN "traced_cost_nano" DECIMAL(38,0) NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "trace_rollups" (
    "org_id" UUID NOT NULL,
    "trace_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "feature_id" UUID NOT NULL,
    "team_id" UUID NOT NULL,
    "start_ts" TIMESTAMPTZ(3) NOT NULL,
    "end_ts" TIMESTAMPTZ(3) NOT NULL,
    "steps" BIGINT NOT NULL DEFAULT 0,
    "errors" BIGINT NOT NULL DEFAULT 0,
    "cost_nano" DECIMAL(38,0) NOT NULL DEFAULT 0,
    "max_step_cost_nano" BIGINT NOT NULL DEFAULT 0,
    "input_tokens" DECIMAL(38,0) NOT NULL DEFAULT 0,
    "output_tokens" DECIMAL(38,0) NOT NULL DEFAULT 0,
    "latency_ms_sum" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "trace_rollups_pkey" PRIMARY KEY ("org_id","trace_id")
);

-- Backfill: recompute the daily rollups from the stored events (which hold their
-- current, re-priced cost, so this equals rollups plus adjustments) with the new
-- columns, and the traces. The share lock keeps a still-running older server from
-- inserting events meanwhile.
LOCK TABLE "usage_events" IN SHARE MODE;
ALTER TABLE "daily_rollups" DROP CONSTRAINT "daily_rollups_pkey";
DELETE FROM "daily_rollups";
INSERT INTO "daily_rollups" ("org_id", "day", "team_id", "feature_id", "provider", "model", "requested_model", "shard", "requests", "errors",
  "cache_hits", "unpriced_requests", "input_tokens", "output_tokens", "cached_input_tokens", "cache_write_tokens", "reasoning_tokens",
  "cost_nano", "latency_ms_sum", "quality_scored", "quality_score_sum", "hallucination_checked", "hallucinations",
  "guardrail_checked", "guardrail_blocks", "traced_requests", "traced_cost_nano")
SELECT "org_id", ("ts" AT TIME ZONE 'UTC')::date, "team_id", "feature_id", "provider", "model", coalesce("requested_model", ''), 0,
  count(*), count(*) FILTER (WHERE "status" = 'error'), count(*) FILTER (WHERE "cache_hit"), count(*) FILTER (WHERE "cost_source" = 'unpriced'),
  sum("input_tokens"), sum("output_tokens"), sum("cached_input_tokens"), sum("cache_write_tokens"), sum("reasoning_tokens"),
  sum("cost_nano"), coalesce(sum("latency_ms"), 0),
  count(*) FILTER (WHERE "quality_score" IS NOT NULL), coalesce(sum("quality_score"::float8), 0),
  count(*) FILTER (WHERE "hallucination" IS NOT NULL), count(*) FILTER (WHERE "hallucination"),
  count(*) FILTER (WHERE "guardrail_blocked" IS NOT NULL), count(*) FILTER (WHERE "guardrail_blocked"),
  count(*) FILTER (WHERE "trace_id" IS NOT NULL), coalesce(sum("cost_nano") FILTER (WHERE "trace_id" IS NOT NULL), 0)
  FROM "usage_events"
 GROUP BY 1, 2, 3, 4, 5, 6, 7;
ALTER TABLE "daily_rollups" ADD CONSTRAINT "daily_rollups_pkey" PRIMARY KEY ("org_id", "day", "team_id", "feature_id", "provider", "model", "requested_model", "shard");

INSERT INTO "trace_rollups" ("org_id", "trace_id", "day", "feature_id", "team_id", "start_ts", "end_ts", "steps", "errors", "cost_nano",
  "max_step_cost_nano", "input_tokens", "output_tokens", "latency_ms_sum")
SELECT "org_id", "trace_id", (min("ts") AT TIME ZONE 'UTC')::date,
  (array_agg("feature_id" ORDER BY "ts", "event_id"))[1], (array_agg("team_id" ORDER BY "ts", "event_id"))[1], min("ts"), max("ts"),
  count(*), count(*) FILTER (WHERE "status" = 'error'), sum("cost_nano"), max("cost_nano"),
  sum("input_tokens"), sum("output_tokens"), coalesce(sum("latency_ms"), 0)
  FROM "usage_events" WHERE "trace_id" IS NOT NULL
 GROUP BY 1, 2;

-- CreateIndex (after the backfill: one sorted build)
CREATE INDEX "trace_rollups_org_id_day_feature_id_steps_cost_nano_max_ste_idx" ON "trace_rollups"("org_id", "day", "feature_id", "steps", "cost_nano", "max_step_cost_nano");
