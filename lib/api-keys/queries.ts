// API keys of an org: list, create (the secret is returned once), revoke.
import "server-only";
import { getPrisma } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { generateApiKey } from "@/lib/auth/api-keys";
import { API_KEY_CACHE_TOPIC, forgetApiKey } from "@/lib/auth/api-key-auth";
import { invalidationStatement } from "@/lib/cache/invalidation";
import { recordAudit } from "@/lib/audit/record";
import type { ApiKeyView, CreateApiKey } from "@/lib/api-keys/schemas";

type Row = { id: string; name: string; prefix: string; scopes: string[]; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

const view = (k: Row): ApiKeyView => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  scopes: k.scopes,
  createdAt: k.createdAt.toISOString(),
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
  revokedAt: k.revokedAt?.toISOString() ?? null,
});

export async function listApiKeys(orgId: string): Promise<ApiKeyView[]> {
  const keys = await getPrisma().apiKey.findMany({ where: { orgId }, orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }] });
  return keys.map(view);
}

export async function createApiKey(orgId: string, actorUserId: string, input: CreateApiKey): Promise<ApiKeyView & { secret: string }> {
  const key = generateApiKey();
  const prisma = getPrisma();
  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.apiKey.create({ data: { orgId, name: input.name, prefix: key.prefix, hash: key.hash, scopes: input.scopes, createdById: actorUserId } });
    await recordAudit(orgId, actorUserId, "api_key.created", created.id, { name: input.name, scopes: input.scopes, prefix: key.prefix }, tx);
    return created;
  });
  return { ...view(row), secret: key.secret };
}

export async function revokeApiKey(orgId: string, actorUserId: string, id: string): Promise<ApiKeyView> {
  const prisma = getPrisma();
  const existing = await prisma.apiKey.findUnique({ where: { orgId_id: { orgId, id } } });
  if (!existing) throw notFound("API key");
  if (existing.revokedAt) return view(existing);
  const row = await prisma.$transaction(async (tx) => {
    const updated = await tx.apiKey.update({ where: { orgId_id: { orgId, id } }, data: { revokedAt: new Date() } });
    await recordAudit(orgId, actorUserId, "api_key.revoked", id, { prefix: existing.prefix }, tx);
    // every server process drops the key from its cache when this commits
    await tx.$queryRawUnsafe(...invalidationStatement(API_KEY_CACHE_TOPIC, existing.hash));
    return updated;
  });
  forgetApiKey(existing.hash);
  return view(row);
}
