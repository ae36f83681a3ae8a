-- Alerts issue: per-end-user spend rules, who acknowledged/resolved an alert, and the user_spend alert kind.
-- AlterEnum
ALTER TYPE "AlertKind" ADD VALUE 'user_spend';

-- AlterTable
ALTER TABLE "alerts" ADD COLUMN     "acknowledged_by" UUID,
ADD COLUMN     "resolved_by" UUID;

-- CreateTable
CREATE TABLE "alert_rules" (
    "org_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "feature_id" UUID,
    "threshold_nano" BIGINT NOT NULL,
    "window_hours" INTEGER NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_rules_pkey" PRIMARY KEY ("org_id","id")
);

-- AddForeignKey
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_org_id_feature_id_fkey" FOREIGN KEY ("org_id", "feature_id") REFERENCES "features"("org_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

