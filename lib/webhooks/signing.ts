// Standard Webhooks signing (https://www.standardwebhooks.com): a `whsec_` secret,
// and `webhook-signature: v1,<base64 HMAC-SHA256(key, "id.timestamp.body")>` where
// the key is the base64-decoded part of the secret after `whsec_`. Pure (node:crypto only).
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";

export const SECRET_PREFIX = "whsec_";

/** A new signing secret: `whsec_` + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString("base64");
}

/** A new message id, kept by a delivery for all its attempts (receivers dedupe on it). */
export function newWebhookId(): string {
  return `msg_${randomUUID().replaceAll("-", "")}`;
}

function secretKey(secret: string): Buffer {
  const b64 = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  return Buffer.from(b64, "base64");
}

/** The `webhook-signature` value for one message id, timestamp (unix seconds) and exact body. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac("sha256", secretKey(secret)).update(`${id}.${timestamp}.${body}`).digest("base64");
  return `v1,${mac}`;
}

/** The three Standard Webhooks headers of one attempt (a fresh timestamp and signature each time). */
export function webhookHeaders(secret: string, id: string, body: string, now: Date = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": signWebhook(secret, id, timestamp, body) };
}

/**
 * What a receiver does: true when one of the space-separated `v1,` signatures
 * matches (compared in constant time) and the timestamp is within `toleranceSec`.
 */
export function verifyWebhook(secret: string, headers: { id: string; timestamp: string; signature: string }, body: string, now: Date = new Date(), toleranceSec = 300): boolean {
  const ts = Number(headers.timestamp);
  if (!Number.isInteger(ts) || Math.abs(now.getTime() / 1000 - ts) > toleranceSec) return false;
  const expected = Buffer.from(signWebhook(secret, headers.id, ts, body));
  return headers.signature.split(" ").some((sig) => {
    const got = Buffer.from(sig);
    return got.length === expected.length && timingSafeEqual(got, expected);
  });
}
