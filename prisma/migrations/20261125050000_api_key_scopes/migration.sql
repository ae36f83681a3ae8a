-- API-key scopes renamed to the public contract (docs/design.md section 12):
-- read -> usage:read, budgets -> budgets:read. Keys with every old scope (the demo key) also get revenue.
UPDATE "api_keys" SET "scopes" = array_append("scopes", 'revenue') WHERE "scopes" @> ARRAY['ingest', 'read', 'budgets'];
UPDATE "api_keys" SET "scopes" = array_replace(array_replace("scopes", 'read', 'usage:read'), 'budgets', 'budgets:read');
