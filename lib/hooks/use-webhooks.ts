"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson, sendJson } from "@/lib/hooks/fetch-json";
import {
  createdWebhookSchema, deliveryListSchema, testDeliverySchema, webhookListSchema, webhookSchema,
  type CreateWebhook, type UpdateWebhook, type WebhookView,
} from "@/lib/webhooks/schemas";

/** The org's webhook endpoints, keyed [domain, orgId], with create, update, delete and "send test". */
export function useWebhooks(orgId: string, initialData: WebhookView[]) {
  const qc = useQueryClient();
  const queryKey = ["webhooks", orgId];
  const refresh = () => qc.invalidateQueries({ queryKey: ["webhooks", orgId] }); // the list and every history
  const webhooks = useQuery({
    queryKey,
    initialData,
    queryFn: async () => webhookListSchema.parse(await fetchJson("/api/v1/webhooks")).webhooks,
    // keep each endpoint's "last delivery" current while one is still being tried
    refetchInterval: (q) => (q.state.data?.some((w) => w.lastDelivery?.status === "pending") ? 2_000 : false),
  });
  const create = useMutation({
    mutationFn: async (body: CreateWebhook) => createdWebhookSchema.parse(await sendJson("POST", "/api/v1/webhooks", body)),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: async ({ id, ...body }: UpdateWebhook & { id: string }) => webhookSchema.parse(await sendJson("PATCH", `/api/v1/webhooks/${id}`, body)),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => sendJson("DELETE", `/api/v1/webhooks/${id}`), onSuccess: refresh });
  const sendTest = useMutation({
    mutationFn: async (id: string) => testDeliverySchema.parse(await sendJson("POST", `/api/v1/webhooks/${id}/test`)),
    onSuccess: refresh,
  });
  return { webhooks, create, update, remove, sendTest };
}

/**
 * An endpoint's delivery history (shown while its panel is open); polls every 2 s
 * while a delivery is pending, and while it is still empty: a test or an alert
 * queued just before may not have its delivery row yet when the panel first loads.
 */
export function useWebhookDeliveries(orgId: string, endpointId: string) {
  return useQuery({
    queryKey: ["webhooks", orgId, "deliveries", endpointId],
    queryFn: async () => deliveryListSchema.parse(await fetchJson(`/api/v1/webhooks/${endpointId}/deliveries`)).deliveries,
    refetchInterval: (q) => (!q.state.data?.length || q.state.data.some((d) => d.status === "pending") ? 2_000 : false),
  });
}
