-- DropIndex
DROP INDEX "usage_events_org_id_trace_id_idx";

-- DropIndex
DROP INDEX "usage_events_org_id_ts_idx";

-- CreateIndex
CREATE INDEX "usage_events_ts_idx" ON "usage_events" USING BRIN ("ts");
