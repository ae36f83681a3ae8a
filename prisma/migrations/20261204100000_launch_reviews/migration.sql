-- Saved launch reviews (docs/design.md §4): the calculator's inputs per org, reopened as a link.
-- CreateTable
CREATE TABLE "launch_reviews" (
    "org_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "inputs" JSONB NOT NULL,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "launch_reviews_pkey" PRIMARY KEY ("org_id","id")
);

-- CreateIndex
CREATE INDEX "launch_reviews_org_id_created_at_idx" ON "launch_reviews"("org_id", "created_at");

-- AddForeignKey
ALTER TABLE "launch_reviews" ADD CONSTRAINT "launch_reviews_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

