-- Rollup cost and token sums become numeric(38,0). One event may cost up to $10M
-- (lib/pricing/limits.ts), so 923 such events in one rollup row — fewer than one
-- full batch — would overflow int8 (9.22e18) and fail every later batch for that
-- row with a 500, and nothing bounds how many events a row receives. Counts and the
-- latency sum stay int8 (at most +1 and +86.4M per event).
-- Rewrites daily_rollups once (the table is small next to usage_events).

-- AlterTable
ALTER TABLE "daily_rollups" ALTER COLUMN "input_tokens" SET DEFAULT 0,
ALTER COLUMN "input_tokens" SET DATA TYPE DECIMAL(38,0),
ALTER COLUMN "output_tokens" SET DEFAULT 0,
ALTER COLUMN "output_tokens" SET DATA TYPE DECIMAL(38,0),
ALTER COLUMN "cached_input_tokens" SET DEFAULT 0,
ALTER COLUMN "cached_input_tokens" SET DATA TYPE DECIMAL(38,0),
ALTER COLUMN "cache_write_tokens" SET DEFAULT 0,
ALTER COLUMN "cache_write_tokens" SET DATA TYPE DECIMAL(38,0),
ALTER COLUMN "reasoning_tokens" SET DEFAULT 0,
ALTER COLUMN "reasoning_tokens" SET DATA TYPE DECIMAL(38,0),
ALTER COLUMN "cost_nano" SET DEFAULT 0,
ALTER COLUMN "cost_nano" SET DATA TYPE DECIMAL(38,0);
