import { describe, expect, it } from "vitest";
import { alertLink, slackAlertMessage, slackTestMessage, standardAlertEvent, standardTestEvent } from "@/lib/webhooks/payload";

const alert = {
  id: "0b8c7c1e-0000-4000-8000-000000000001",
  kind: "budget_threshold",
  status: "open",
  title: "Search <team> at 80% of its monthly budget",
  message: "$800 of $1,000 spent & 9 days left",
  details: { budgetId: "b1", spentNano: "800000000000" },
  createdAt: new Date("2026-03-21T10:00:00.000Z"),
};

describe("webhook payloads", () => {
  it("links to the alert when the app URL is known", () => {
    expect(alertLink("https://costwise.example.com/", alert.id)).toBe(`https://costwise.example.com/alerts?status=all#${alert.id}`);
    expect(alertLink(undefined, alert.id)).toBeNull();
  });

  it("sends the generic alert.created event with the alert's fields", () => {
    expect(standardAlertEvent(alert, "https://x/alerts?alert=1")).toEqual({
      type: "alert.created",
      timestamp: "2026-03-21T10:00:00.000Z",
      data: { id: alert.id, kind: "budget_threshold", status: "open", title: alert.title, message: alert.message, details: alert.details, createdAt: "2026-03-21T10:00:00.000Z", url: "https://x/alerts?alert=1" },
    });
    expect(standardTestEvent(alert.createdAt, "Acme")).toMatchObject({ type: "webhook.test", timestamp: "2026-03-21T10:00:00.000Z" });
  });

  it("sends Slack a text fallback and blocks, with mrkdwn control characters escaped", () => {
    const msg = slackAlertMessage(alert, "https://x/alerts?alert=1");
    expect(msg.text).toBe("Costwise alert: Search <team> at 80% of its monthly budget");
    expect(msg.blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: "*Search &lt;team&gt; at 80% of its monthly budget*\n$800 of $1,000 spent &amp; 9 days left" } });
    expect(msg.blocks[1]).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "budget threshold · open · <https://x/alerts?alert=1|Open in Costwise>" }] });
    expect(JSON.stringify(slackAlertMessage(alert, null))).not.toContain("Open in Costwise");
    expect(slackTestMessage("Acme").text).toContain("Acme");
  });
});
