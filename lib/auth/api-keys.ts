// API keys: `cw_live_` + 32 random base62 characters. Only a SHA-256 hash and a
// short display prefix are stored; the secret is shown once. Server-only: a
// client component importing this would ship a node:crypto polyfill (~450 KB);
// the UI imports the constants from lib/auth/api-key-scopes.ts instead.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { API_KEY_PREFIX } from "@/lib/auth/api-key-scopes";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function hashApiKey(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** The part of a key that may be shown again later (e.g. `cw_live_a1B2`). */
export function displayPrefix(secret: string): string {
  return secret.slice(0, API_KEY_PREFIX.length + 4);
}

export function generateApiKey(): { secret: string; prefix: string; hash: string } {
  const bytes = randomBytes(32);
  let body = "";
  for (const b of bytes) body += ALPHABET[b % ALPHABET.length];
  const secret = API_KEY_PREFIX + body;
  return { secret, prefix: displayPrefix(secret), hash: hashApiKey(secret) };
}
