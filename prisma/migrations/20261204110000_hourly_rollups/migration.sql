-- Hourly cost and request count per (UTC hour, team, feature, provider, model),
-- kept by ingest beside daily_rollups (see the HourlyRollup model). The primary
-- key leads with (org_id, hour), which serves an org's hour-range reads, so no
-- further index is paid for on every ingested batch.

-- CreateTable
CREATE TABLE "hourly_rollups" (
    "org_id" UUID NOT NULL,
    "hour" TIMESTAMPTZ(0) NOT NULL,
    "team_id" UUID NOT NULL,
    "feature_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "shard" SMALLINT NOT NULL DEFAULT 0,
    "requests" BIGINT NOT NULL DEFAULT 0,
    "cost_nano" DECIMAL(38,0) NOT NULL DEFAULT 0,

    CONSTRAINT "hourly_rollups_pkey" PRIMARY KEY ("org_id","hour","team_id","feature_id","provider","model","shard")
);

-- Backfill from the stored events, so upgraded installs have history. Events hold
-- their current (re-priced) cost, so this equals rollups plus adjustments. The
-- share lock keeps a still-running older server from inserting events between
-- this snapshot and the commit (they would be in no hourly row).
LOCK TABLE "usage_events" IN SHARE MODE;
INSERT INTO "hourly_rollups" ("org_id", "hour", "team_id", "feature_id", "provider", "model", "shard", "requests", "cost_nano")
SELECT "org_id", date_trunc('hour', "ts", 'UTC'), "team_id", "feature_id", "provider", "model", 0, count(*), sum("cost_nano")
  FROM "usage_events"
 GROUP BY 1, 2, 3, 4, 5, 6;
