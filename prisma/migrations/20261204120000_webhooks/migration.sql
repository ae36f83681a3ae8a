-- Webhook notifications: endpoint names, Slack endpoints without a signing secret,
-- a stable Standard Webhooks message id per delivery, the frozen body, and a log
-- of every HTTP attempt for the delivery history.
-- AlterTable
ALTER TABLE "webhook_endpoints" ADD COLUMN     "name" TEXT NOT NULL DEFAULT '',
ALTER COLUMN "secret" DROP NOT NULL;

-- AlterTable (no deliveries were written before this migration; backfilled anyway so it cannot fail)
ALTER TABLE "webhook_deliveries" ADD COLUMN     "event_type" TEXT,
ADD COLUMN     "payload" JSONB,
ADD COLUMN     "webhook_id" TEXT;
UPDATE "webhook_deliveries" SET "event_type" = 'alert.created', "payload" = '{}', "webhook_id" = 'msg_' || "id"::text;
ALTER TABLE "webhook_deliveries" ALTER COLUMN "event_type" SET NOT NULL,
ALTER COLUMN "payload" SET NOT NULL,
ALTER COLUMN "webhook_id" SET NOT NULL;

-- CreateTable
CREATE TABLE "webhook_delivery_attempts" (
    "org_id" UUID NOT NULL,
    "delivery_id" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "attempted_at" TIMESTAMPTZ(3) NOT NULL,
    "response_status" INTEGER,
    "error" TEXT,
    "duration_ms" INTEGER NOT NULL,

    CONSTRAINT "webhook_delivery_attempts_pkey" PRIMARY KEY ("org_id","delivery_id","attempt")
);

-- CreateIndex
CREATE UNIQUE INDEX "webhook_deliveries_org_id_webhook_id_key" ON "webhook_deliveries"("org_id", "webhook_id");

-- AddForeignKey
ALTER TABLE "webhook_delivery_attempts" ADD CONSTRAINT "webhook_delivery_attempts_org_id_delivery_id_fkey" FOREIGN KEY ("org_id", "delivery_id") REFERENCES "webhook_deliveries"("org_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A delivery goes with its alert: with NO ACTION, deleting an org (which cascades to
-- alerts and, through endpoints, to deliveries) could fail on the order of the cascades.
-- DropForeignKey
ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "webhook_deliveries_org_id_alert_id_fkey";

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_org_id_alert_id_fkey" FOREIGN KEY ("org_id", "alert_id") REFERENCES "alerts"("org_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
