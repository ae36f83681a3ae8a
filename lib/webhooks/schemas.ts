// Webhook endpoints and deliveries: request and response shapes, shared by the
// route handlers, the settings UI and the tests. Client-safe.
import { z } from "zod";

export const WEBHOOK_FORMATS = ["slack", "standard"] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];
export const WEBHOOK_FORMAT_LABELS: Record<WebhookFormat, string> = { slack: "Slack", standard: "Signed JSON (Standard Webhooks)" };

export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;

const url = z.string().trim().min(1, "enter the URL").max(2000, "the URL is too long");
const name = z.string().trim().max(80, "at most 80 characters");

export const createWebhookSchema = z.object({ url, format: z.enum(WEBHOOK_FORMATS), name: name.optional().default("") }).strict();

export const updateWebhookSchema = z
  .object({ url: url.optional(), name: name.optional(), enabled: z.boolean().optional() })
  .strict()
  .refine((v) => v.url !== undefined || v.name !== undefined || v.enabled !== undefined, "nothing to change");

export const deliveryAttemptSchema = z.object({
  attempt: z.number().int(),
  attemptedAt: z.string(),
  responseStatus: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
});

export const deliverySchema = z.object({
  id: z.string(),
  webhookId: z.string(),
  eventType: z.string(),
  alertId: z.string().nullable(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  responseStatus: z.number().int().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  attemptLog: z.array(deliveryAttemptSchema),
});

export const webhookSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  format: z.enum(WEBHOOK_FORMATS),
  enabled: z.boolean(),
  createdAt: z.string(),
  lastDelivery: z.object({ status: z.enum(DELIVERY_STATUSES), responseStatus: z.number().int().nullable(), createdAt: z.string() }).nullable(),
});

/** The create response: the signing secret appears here only (null for Slack URLs, which carry their own). */
export const createdWebhookSchema = webhookSchema.extend({ secret: z.string().nullable() });

export const webhookListSchema = z.object({ webhooks: z.array(webhookSchema) });
export const deliveryListSchema = z.object({ deliveries: z.array(deliverySchema) });
export const testDeliverySchema = z.object({ deliveryId: z.string(), webhookId: z.string() });

export type CreateWebhook = z.input<typeof createWebhookSchema>;
export type UpdateWebhook = z.infer<typeof updateWebhookSchema>;
export type WebhookView = z.infer<typeof webhookSchema>;
export type DeliveryView = z.infer<typeof deliverySchema>;
