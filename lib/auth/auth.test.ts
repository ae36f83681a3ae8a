import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { generateApiKey, hashApiKey } from "@/lib/auth/api-keys";
import { API_KEY_PREFIX } from "@/lib/auth/api-key-scopes";

describe("passwords", () => {
  it("verifies the right password and rejects a wrong or malformed one", async () => {
    const stored = await hashPassword("correct horse");
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(stored).not.toContain("correct horse");
    expect(await verifyPassword("correct horse", stored)).toBe(true);
    expect(await verifyPassword("correct horse!", stored)).toBe(false);
    expect(await verifyPassword("correct horse", "plain-text")).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("x")).not.toBe(await hashPassword("x"));
  });
});

describe("API keys", () => {
  it("have a recognisable prefix, a short display prefix and a SHA-256 hash", () => {
    const key = generateApiKey();
    expect(key.secret).toMatch(/^cw_live_[0-9A-Za-z]{32}$/);
    expect(key.prefix).toBe(key.secret.slice(0, API_KEY_PREFIX.length + 4));
    expect(key.hash).toBe(hashApiKey(key.secret));
    expect(key.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(generateApiKey().secret).not.toBe(key.secret);
  });
});
