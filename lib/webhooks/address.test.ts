import { describe, expect, it } from "vitest";
import { checkWebhookUrl, isForbiddenAddress, type Resolver } from "@/lib/webhooks/address";

const resolver = (map: Record<string, string[]>): Resolver => async (h) => {
  if (!map[h]) throw new Error("ENOTFOUND");
  return map[h];
};

describe("webhook address guard", () => {
  it.each([
    "127.0.0.1", "127.255.0.9", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
    "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd00::1", "fc00::abcd", "ff02::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:a9fe:a9fe", "::ffff:10.1.2.3",
  ])("refuses %s", (ip) => expect(isForbiddenAddress(ip)).toBe(true));

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])("allows public %s", (ip) => expect(isForbiddenAddress(ip)).toBe(false));

  it("refuses garbage as an address", () => expect(isForbiddenAddress("not-an-ip")).toBe(true));

  it("returns the resolved public address to pin the connection to", async () => {
    const checked = await checkWebhookUrl("https://hooks.example.com/x?y=1", resolver({ "hooks.example.com": ["93.184.216.34"] }), false);
    expect(checked).toMatchObject({ hostname: "hooks.example.com", address: "93.184.216.34" });
  });

  it.each([
    ["http://127.0.0.1:8080/hook", /127\.0\.0\.1.*private, loopback or link-local/],
    ["http://[::1]/hook", /::1/],
    ["http://169.254.169.254/latest/meta-data", /169\.254\.169\.254/],
    ["https://internal.example.com/", /internal\.example\.com resolves to 10\.0\.0\.5/],
    ["https://mixed.example.com/", /10\.0\.0\.6/],
    ["ftp://example.com/", /https:\/\/ or http:\/\//],
    ["https://user:pw@hooks.example.com/", /user name or password/],
    ["not a url", /not valid/],
    ["https://nowhere.invalid/", /could not be resolved/],
  ])("refuses %s", async (url, message) => {
    const resolve = resolver({ "internal.example.com": ["10.0.0.5"], "mixed.example.com": ["93.184.216.34", "10.0.0.6"], "hooks.example.com": ["93.184.216.34"] });
    await expect(checkWebhookUrl(url, resolve, false)).rejects.toThrow(message);
  });

  it("allows private addresses when told to", async () => {
    await expect(checkWebhookUrl("http://127.0.0.1:9/x", resolver({}), true)).resolves.toMatchObject({ address: "127.0.0.1" });
  });
});
