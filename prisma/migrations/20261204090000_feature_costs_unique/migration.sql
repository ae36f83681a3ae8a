-- Other AI costs become one amount per feature × month × category, written
-- idempotently by POST /api/v1/costs (the last write wins). Rows that already
-- repeat a feature × month × category are merged into one (amounts summed, the
-- oldest id kept) so the unique index can be built.
ALTER TABLE "feature_costs" ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

WITH merged AS (
  DELETE FROM "feature_costs" c
   WHERE EXISTS (SELECT 1 FROM "feature_costs" d
                  WHERE d.org_id = c.org_id AND d.feature_id = c.feature_id AND d.month = c.month AND d.category = c.category AND d.id <> c.id)
  RETURNING *
)
INSERT INTO "feature_costs" ("org_id", "id", "feature_id", "month", "category", "amount_nano", "note", "created_at", "updated_at")
SELECT org_id, (array_agg(id ORDER BY created_at, id))[1], feature_id, month, category, sum(amount_nano)::int8,
       string_agg(note, '; ' ORDER BY created_at), min(created_at), max(updated_at)
  FROM merged GROUP BY org_id, feature_id, month, category;

DROP INDEX "feature_costs_org_id_feature_id_month_idx";
CREATE UNIQUE INDEX "feature_costs_org_id_feature_id_month_category_key" ON "feature_costs"("org_id", "feature_id", "month", "category");
