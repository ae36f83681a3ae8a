-- Every ingest batch updates its daily rollup rows in place. Leaving a fifth of each
-- page free lets PostgreSQL put the new row version on the same page with no new
-- index entries (a HOT update) instead of moving it and indexing it again. Applies
-- to pages written from now on; existing pages keep their rows.
ALTER TABLE "daily_rollups" SET (fillfactor = 80);
