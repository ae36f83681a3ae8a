-- AlterTable
ALTER TABLE "assessments" ADD COLUMN     "dimensions" JSONB NOT NULL,
ADD COLUMN     "evidence" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "next_steps" JSONB NOT NULL,
ADD COLUMN     "notes" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "percent" INTEGER NOT NULL,
ADD COLUMN     "period_from" DATE NOT NULL,
ADD COLUMN     "period_to" DATE NOT NULL,
ADD COLUMN     "version" TEXT NOT NULL;

-- CreateTable
CREATE TABLE "assessment_drafts" (
    "org_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "notes" JSONB NOT NULL DEFAULT '{}',
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_drafts_pkey" PRIMARY KEY ("org_id","user_id")
);

-- AddForeignKey
ALTER TABLE "assessment_drafts" ADD CONSTRAINT "assessment_drafts_org_id_user_id_fkey" FOREIGN KEY ("org_id", "user_id") REFERENCES "memberships"("org_id", "user_id") ON DELETE CASCADE ON UPDATE CASCADE;

