import { describe, expect, it } from "vitest";
import { loginPathFor, redirectWithinApp, safeCallbackPath } from "@/lib/auth/callback-url";

describe("safeCallbackPath", () => {
  it("keeps same-origin paths with their query and fragment", () => {
    expect(safeCallbackPath("/settings/prices")).toBe("/settings/prices");
    expect(safeCallbackPath("/overview?days=7#top")).toBe("/overview?days=7#top");
    expect(safeCallbackPath("/a/../settings")).toBe("/settings");
  });

  it.each([
    ["protocol-relative", "//evil.example/x"],
    ["slash-backslash", "/\\evil.example/x"],
    ["backslash anywhere", "/settings\\..\\x"],
    ["absolute URL", "https://evil.example/x"],
    ["scheme", "javascript:alert(1)"],
    ["host with a port-like suffix", "https://localhost:3000.evil.example/"],
    ["tab that the URL parser drops", "/\t/evil.example"],
    ["newline", "/\n/evil.example"],
    ["NUL", "/overview\u0000"],
    ["relative without a slash", "overview"],
    ["empty", ""],
    ["missing", null],
  ])("rejects %s", (_name, raw) => {
    expect(safeCallbackPath(raw)).toBe("/overview");
  });

  it("uses the given fallback", () => {
    expect(safeCallbackPath("//evil.example", "/login")).toBe("/login");
  });
});

describe("redirectWithinApp (next-auth redirect callback)", () => {
  const base = "http://localhost:3000";

  it("keeps relative paths and absolute URLs on the app's own origin", () => {
    expect(redirectWithinApp("/settings/prices", base)).toBe("http://localhost:3000/settings/prices");
    expect(redirectWithinApp("http://localhost:3000/overview?days=7", base)).toBe("http://localhost:3000/overview?days=7");
  });

  it("sends everything else to the fallback on the app's origin, without throwing", () => {
    for (const url of ["https://evil.example/x", "//evil.example/x", "https://localhost:3000.evil.example/", "http://localhost:3001/x", "not a url", "http://localhost:3000//evil.example"]) {
      expect(redirectWithinApp(url, base)).toBe("http://localhost:3000/overview");
    }
  });
});

describe("loginPathFor (signed-out deep links)", () => {
  it("remembers a safe deep link and drops anything else", () => {
    expect(loginPathFor("/settings/prices?tab=1")).toBe("/login?callbackUrl=%2Fsettings%2Fprices%3Ftab%3D1");
    expect(loginPathFor("//evil.example/x")).toBe("/login");
    expect(loginPathFor("/")).toBe("/login");
    expect(loginPathFor("/login?callbackUrl=%2Fx")).toBe("/login");
    expect(loginPathFor(null)).toBe("/login");
  });
});
