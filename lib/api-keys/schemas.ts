import { z } from "zod";
// Shared by the route handlers and the settings UI: imports only client-safe modules.
import { API_KEY_SCOPES } from "@/lib/auth/api-key-scopes";

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, "give the key a name").max(80),
  scopes: z.array(z.enum(API_KEY_SCOPES)).min(1, "choose at least one scope").default(["ingest"]),
});

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const createdApiKeySchema = apiKeySchema.extend({ secret: z.string() });

export type ApiKeyView = z.infer<typeof apiKeySchema>;
export type CreateApiKey = z.infer<typeof createApiKeySchema>;
