-- AlterTable
ALTER TABLE "orgs" ADD COLUMN     "pricing_version" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "price_overrides" ADD COLUMN     "repriced_at" TIMESTAMPTZ(3);

-- Overrides that existed before were re-priced synchronously when created.
UPDATE "price_overrides" SET "repriced_at" = "created_at";
