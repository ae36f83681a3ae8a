// The bodies webhooks send (pure): Slack-compatible `{ text, blocks }` for Slack
// incoming webhooks, and the generic Standard Webhooks event
// `{ type, timestamp, data }` for everything else.

export const WEBHOOK_EVENT_TYPES = ["alert.created", "webhook.test"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export type AlertForWebhook = {
  id: string;
  kind: string;
  status: string;
  title: string;
  message: string;
  details: unknown;
  createdAt: Date;
};

export type StandardEvent = { type: WebhookEventType; timestamp: string; data: Record<string, unknown> };
export type SlackMessage = { text: string; blocks: Record<string, unknown>[] };

/** The app's link to an alert in the inbox, when the app's URL is known. */
export function alertLink(appUrl: string | undefined, alertId: string): string | null {
  if (!appUrl) return null;
  return `${appUrl.replace(/\/+$/, "")}/alerts?status=all#${encodeURIComponent(alertId)}`;
}

export function standardAlertEvent(alert: AlertForWebhook, link: string | null): StandardEvent {
  return {
    type: "alert.created",
    timestamp: alert.createdAt.toISOString(),
    data: { id: alert.id, kind: alert.kind, status: alert.status, title: alert.title, message: alert.message, details: alert.details, createdAt: alert.createdAt.toISOString(), url: link },
  };
}

export function standardTestEvent(now: Date, orgName: string): StandardEvent {
  return { type: "webhook.test", timestamp: now.toISOString(), data: { message: `Test event from Costwise (${orgName}): this endpoint receives alerts.` } };
}

/** Slack mrkdwn treats &, < and > as control characters. */
const escapeSlack = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

export function slackAlertMessage(alert: AlertForWebhook, link: string | null): SlackMessage {
  const title = escapeSlack(alert.title);
  const blocks: Record<string, unknown>[] = [
    { type: "section", text: { type: "mrkdwn", text: `*${title}*\n${escapeSlack(alert.message)}`.slice(0, 3000) } },
    {
      type: "context",
      elements: [{ type: "mrkdwn", text: `${alert.kind.replaceAll("_", " ")} · ${alert.status}${link ? ` · <${link}|Open in Costwise>` : ""}` }],
    },
  ];
  return { text: `Costwise alert: ${alert.title}`, blocks };
}

export function slackTestMessage(orgName: string): SlackMessage {
  const text = `Test message from Costwise (${orgName}): this channel receives alerts.`;
  return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text: escapeSlack(text) } }] };
}
