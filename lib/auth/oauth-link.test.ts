import { describe, expect, it } from "vitest";
import { primaryVerifiedGitHubEmail, verifiedEmail } from "@/lib/auth/oauth-link";

describe("verifiedEmail", () => {
  it("returns the lower-cased email only when the provider verified it", () => {
    expect(verifiedEmail({ email: "Ada@Example.com", email_verified: true })).toBe("ada@example.com");
    expect(verifiedEmail({ email: "ada@example.com", email_verified: "true" })).toBe("ada@example.com");
    expect(verifiedEmail({ email: "ada@example.com", email_verified: false })).toBeNull();
    expect(verifiedEmail({ email: "ada@example.com", email_verified: "false" })).toBeNull();
    expect(verifiedEmail({ email: "ada@example.com" })).toBeNull();
    expect(verifiedEmail({ email_verified: true })).toBeNull();
    expect(verifiedEmail(undefined)).toBeNull();
  });
});

describe("primaryVerifiedGitHubEmail", () => {
  it("takes the primary address only if GitHub verified it", () => {
    expect(primaryVerifiedGitHubEmail([
      { email: "old@example.com", primary: false, verified: true },
      { email: "ada@example.com", primary: true, verified: true },
    ])).toBe("ada@example.com");
    // next-auth's default would fall back to this unverified primary (or the first address)
    expect(primaryVerifiedGitHubEmail([
      { email: "admin@victim.example", primary: true, verified: false },
      { email: "me@example.com", primary: false, verified: true },
    ])).toBeNull();
    expect(primaryVerifiedGitHubEmail({ message: "Bad credentials" })).toBeNull();
  });
});
