import { describe, expect, it } from "vitest";
import { appOrigins, assertJsonBody, assertSameOrigin } from "@/lib/api/same-origin";

const req = (method: string, headers: Record<string, string>, url = "http://localhost:3000/api/v1/prices") => ({ method, url, headers: new Headers({ host: "localhost:3000", ...headers }) });
const status = (fn: () => void) => {
  try {
    fn();
    return "ok";
  } catch (err) {
    return (err as { status: number; code: string }).status + " " + (err as { code: string }).code;
  }
};

describe("assertSameOrigin", () => {
  it("lets reads through whatever their origin", () => {
    expect(status(() => assertSameOrigin(req("GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" })))).toBe("ok");
  });

  it("accepts a mutation from the app's own pages (fetch metadata or Origin)", () => {
    expect(status(() => assertSameOrigin(req("POST", { "sec-fetch-site": "same-origin", origin: "http://localhost:3000" })))).toBe("ok");
    expect(status(() => assertSameOrigin(req("PATCH", { origin: "http://localhost:3000" })))).toBe("ok");
    expect(status(() => assertSameOrigin(req("DELETE", { "sec-fetch-site": "same-origin" })))).toBe("ok");
  });

  it.each([
    ["another site", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }],
    ["a sibling subdomain (same-site, not same-origin)", { origin: "http://blog.localhost:3000", "sec-fetch-site": "same-site" }],
    ["another site, without fetch metadata", { origin: "https://evil.example" }],
    ["a lookalike host", { origin: "http://localhost:3000.evil.example" }],
    ["another port", { origin: "http://localhost:3001" }],
    ["no Origin and no fetch metadata", {}],
    ["a same-origin Origin contradicted by fetch metadata", { origin: "http://localhost:3000", "sec-fetch-site": "cross-site" }],
  ])("refuses a mutation from %s with 403", (_name, headers) => {
    expect(status(() => assertSameOrigin(req("POST", headers)))).toBe("403 cross_origin_request");
  });

  it("behind a TLS proxy, accepts the public origin from NEXTAUTH_URL or the forwarded host", () => {
    const internal = "http://10.0.0.5:3000/api/v1/prices";
    const proxied = { host: "10.0.0.5:3000", "x-forwarded-host": "costwise.example.com", "x-forwarded-proto": "https" };
    expect(appOrigins(req("POST", proxied, internal), "https://costwise.example.com")).toEqual(new Set(["https://costwise.example.com"]));
    expect(status(() => assertSameOrigin(req("POST", { ...proxied, origin: "https://costwise.example.com" }, internal)))).toBe("ok");
    expect(status(() => assertSameOrigin(req("POST", { host: "10.0.0.5:3000", origin: "https://costwise.example.com" }, internal), "https://costwise.example.com"))).toBe("ok");
    expect(status(() => assertSameOrigin(req("POST", { ...proxied, origin: "https://evil.example" }, internal), "https://costwise.example.com"))).toBe("403 cross_origin_request");
  });
});

describe("assertJsonBody", () => {
  it("accepts application/json with parameters and refuses anything else with 415", () => {
    expect(status(() => assertJsonBody(new Headers({ "content-type": "application/json; charset=utf-8" })))).toBe("ok");
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      expect(status(() => assertJsonBody(new Headers({ "content-type": type })))).toBe("415 unsupported_media_type");
    }
    expect(status(() => assertJsonBody(new Headers()))).toBe("415 unsupported_media_type");
  });
});
