import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/login-throttle";

describe("clientIp", () => {
  it("takes the right-most X-Forwarded-For entry (the one the nearest proxy appended)", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" })).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": ["1.2.3.4", "203.0.113.9 "] })).toBe("203.0.113.9");
    expect(clientIp({})).toBeNull();
    expect(clientIp(undefined)).toBeNull();
  });
});
