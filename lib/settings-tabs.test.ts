import { describe, expect, it } from "vitest";
import { settingsTabsFor } from "@/lib/settings-tabs";

describe("settings tabs by role", () => {
  it("show API keys and webhooks to admins only, so a viewer's settings open on a tab they can use", () => {
    expect(settingsTabsFor("admin")[0].href).toBe("/settings/api-keys");
    expect(settingsTabsFor("admin").map((t) => t.href)).toContain("/settings/webhooks");
    expect(settingsTabsFor("viewer").map((t) => t.href)).toEqual(["/settings/teams", "/settings/prices", "/settings/tiers"]);
    expect(settingsTabsFor("lead")[0].href).toBe("/settings/teams");
  });
});
