-- Hourly cost and request count per (UTC hour, team, feature, provider, model),
-- appended to by ingest beside daily_rollups and compacted in the background
-- (see the HourlyRollup model). No primary key: rows are appended, never upserted;
-- readers sum them. One index, for an org's hour-range reads.

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
    "cost_nano" DECIMAL(38,0) NOT NULL DEFAULT 0
);

-- Backfill from the stored events, so upgraded installs have history. Events hold
-- their current (re-priced) cost, so this equals rollups plus adjustments. The
-- share lock keeps a still-running older server from inserting events between
-- this snapshot and the commit (they would be in no hourly row).
LOCK TABLE "usage_events" IN SHARE MODE;
INSERT INTO "hourly_rollups" ("org_id", "hour", "team_id", "feature_id", "provider", "model", "shard", "requests", "cost_nano")
SELECT "org_id", date_trunc('hour', "ts", 'UTC'), "team_id", "feature_id", "provider", "model", -1, count(*), sum("cost_nano")
  FROM "usage_events"
 GROUP BY 1, 2, 3, 4, 5, 6;

-- CreateIndex (after the backfill: one sorted build instead of row-by-row inserts)
CREATE INDEX "hourly_rollups_org_id_hour_idx" ON "hourly_rollups"("org_id", "hour");
