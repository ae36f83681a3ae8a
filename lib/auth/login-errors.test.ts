import { describe, expect, it } from "vitest";
import { lockedErrorCode, loginErrorMessage } from "@/lib/auth/login-errors";

describe("login error messages", () => {
  it("explains a lockout with the minutes to wait", () => {
    expect(lockedErrorCode(899.2)).toBe("locked:900");
    expect(loginErrorMessage("locked:900")).toBe("Too many failed sign-in attempts. Sign-in is locked for 15 minutes; try again later.");
    expect(loginErrorMessage("locked:30")).toMatch(/locked for 1 minute;/);
    expect(loginErrorMessage("locked:garbage")).toMatch(/locked for 1 minute;/);
  });

  it("maps next-auth's codes and has a generic fallback", () => {
    expect(loginErrorMessage("CredentialsSignin")).toBe("Wrong email or password.");
    expect(loginErrorMessage("EmailNotVerified")).toMatch(/not verified/);
    expect(loginErrorMessage("OAuthCallback")).toBe("Sign-in failed. Please try again.");
    expect(loginErrorMessage(null)).toBeNull();
  });
});
