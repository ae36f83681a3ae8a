/*
  Warnings:

  - The primary key for the `daily_feature_users` table will be changed. If it partially fails, the table could be left without primary key constraint.
  - The primary key for the `daily_rollups` table will be changed. If it partially fails, the table could be left without primary key constraint.

*/
-- AlterTable
ALTER TABLE "daily_feature_users" DROP CONSTRAINT "daily_feature_users_pkey",
ADD COLUMN     "shard" SMALLINT NOT NULL DEFAULT 0,
ADD CONSTRAINT "daily_feature_users_pkey" PRIMARY KEY ("org_id", "day", "feature_id", "end_user_id", "shard");

-- AlterTable
ALTER TABLE "daily_rollups" DROP CONSTRAINT "daily_rollups_pkey",
ADD COLUMN     "shard" SMALLINT NOT NULL DEFAULT 0,
ADD CONSTRAINT "daily_rollups_pkey" PRIMARY KEY ("org_id", "day", "team_id", "feature_id", "provider", "model", "shard");
